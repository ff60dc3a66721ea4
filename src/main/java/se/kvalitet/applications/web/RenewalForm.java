package se.kvalitet.applications.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.applications.boundary.RenewalDraft;

/**
 * The renewal-prize fields as the page edits them: the six long texts by field name (so one repeat renders
 * them all with their counters), the rest as plain properties. Converts to and from the boundary's draft.
 */
public class RenewalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The long texts, in the order the form shows them (also their bundle keys). */
    public static final List<String> TEXT_FIELDS = List.of("backgroundAndChallenge", "whatIsNew", "resultsForTargetGroup",
            "spreadAndScaleUp", "sustainability", "linkToCouncilGoals");

    private String nomineeType;
    private String title;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private LocalDate inOperationSince;
    private String filmLink;

    static RenewalForm of(RenewalDraft draft) {
        var form = new RenewalForm();
        var d = draft == null ? RenewalDraft.empty() : draft;
        form.nomineeType = d.nomineeType();
        form.title = d.title();
        form.texts.put("backgroundAndChallenge", d.backgroundAndChallenge());
        form.texts.put("whatIsNew", d.whatIsNew());
        form.texts.put("resultsForTargetGroup", d.resultsForTargetGroup());
        form.texts.put("spreadAndScaleUp", d.spreadAndScaleUp());
        form.texts.put("sustainability", d.sustainability());
        form.texts.put("linkToCouncilGoals", d.linkToCouncilGoals());
        form.inOperationSince = d.inOperationSince();
        form.filmLink = d.filmLink();
        return form;
    }

    RenewalDraft toDraft() {
        return new RenewalDraft(nomineeType, Written.normalized(title), text("backgroundAndChallenge"), text("whatIsNew"),
                text("resultsForTargetGroup"), text("spreadAndScaleUp"), text("sustainability"), text("linkToCouncilGoals"),
                inOperationSince, Written.normalized(filmLink));
    }

    String text(String field) {
        return Written.normalized(texts.get(field));
    }

    public String getNomineeType() { return nomineeType; }
    public void setNomineeType(String nomineeType) { this.nomineeType = nomineeType; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Map<String, String> getTexts() { return texts; }
    public LocalDate getInOperationSince() { return inOperationSince; }
    public void setInOperationSince(LocalDate inOperationSince) { this.inOperationSince = inOperationSince; }
    public String getFilmLink() { return filmLink; }
    public void setFilmLink(String filmLink) { this.filmLink = filmLink; }
}
