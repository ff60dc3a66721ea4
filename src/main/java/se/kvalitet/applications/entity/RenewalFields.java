package se.kvalitet.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a renewal-prize application tells: who is nominated (a unit, a team or a project), the title,
 * the background and challenge, what is new, the results for the target group, spread and scale-up,
 * sustainability, the link to the council's goals, since when it is in operation, and an optional film.
 * Texts are at most {@link #MAX_TEXT} characters, the title {@link #MAX_TITLE}; the film link is an
 * http(s) address.
 */
@Embeddable
public class RenewalFields implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 6000;
    public static final int MAX_LINK = 500;
    /** The fields a complete renewal-prize application has (the film link is optional). */
    public static final List<String> REQUIRED = List.of("nomineeType", "title", "backgroundAndChallenge", "whatIsNew",
            "resultsForTargetGroup", "spreadAndScaleUp", "sustainability", "linkToCouncilGoals", "inOperationSince");

    @Column(name = "nominee_type")
    private String nomineeType;
    private String title;
    @Column(name = "background_and_challenge")
    private String backgroundAndChallenge;
    @Column(name = "what_is_new")
    private String whatIsNew;
    @Column(name = "results_for_target_group")
    private String resultsForTargetGroup;
    @Column(name = "spread_and_scale_up")
    private String spreadAndScaleUp;
    private String sustainability;
    @Column(name = "link_to_council_goals")
    private String linkToCouncilGoals;
    @Column(name = "in_operation_since")
    private LocalDate inOperationSince;
    @Column(name = "film_link")
    private String filmLink;

    public RenewalFields() {
    }

    public RenewalFields(String nomineeType, String title, String backgroundAndChallenge, String whatIsNew,
                         String resultsForTargetGroup, String spreadAndScaleUp, String sustainability,
                         String linkToCouncilGoals, LocalDate inOperationSince, String filmLink) {
        this.nomineeType = blankToNull(nomineeType);
        this.title = blankToNull(title);
        this.backgroundAndChallenge = blankToNull(backgroundAndChallenge);
        this.whatIsNew = blankToNull(whatIsNew);
        this.resultsForTargetGroup = blankToNull(resultsForTargetGroup);
        this.spreadAndScaleUp = blankToNull(spreadAndScaleUp);
        this.sustainability = blankToNull(sustainability);
        this.linkToCouncilGoals = blankToNull(linkToCouncilGoals);
        this.inOperationSince = inOperationSince;
        this.filmLink = blankToNull(filmLink);
    }

    /** The nominee types a renewal-prize application may name. */
    public static final List<String> NOMINEE_TYPES = List.of("UNIT", "TEAM", "PROJECT");

    /** Refuses over-long texts, an unknown nominee type and a film link that is not an http(s) address. */
    public void requireValid() {
        if (nomineeType != null && !NOMINEE_TYPES.contains(nomineeType)) {
            throw new ApplicationRuleException("applications.renewal.nomineeType.unknown", nomineeType);
        }
        if (title != null && title.length() > MAX_TITLE) {
            throw new ApplicationRuleException("applications.renewal.tooLong", "title", MAX_TITLE);
        }
        for (var entry : texts().entrySet()) {
            if (entry.getValue() != null && entry.getValue().length() > MAX_TEXT) {
                throw new ApplicationRuleException("applications.renewal.tooLong", entry.getKey(), MAX_TEXT);
            }
        }
        if (filmLink != null && (filmLink.length() > MAX_LINK || !filmLink.matches("(?i)https?://\\S+"))) {
            throw new ApplicationRuleException("applications.renewal.filmLink.invalid");
        }
    }

    /** The required fields that are still empty, by name (see {@link #REQUIRED}). */
    public List<String> missing() {
        var missing = new ArrayList<String>();
        if (nomineeType == null) missing.add("nomineeType");
        if (title == null) missing.add("title");
        texts().forEach((name, value) -> {
            if (value == null || value.isBlank()) missing.add(name);
        });
        if (inOperationSince == null) missing.add("inOperationSince");
        return missing;
    }

    private java.util.Map<String, String> texts() {
        var texts = new java.util.LinkedHashMap<String, String>();
        texts.put("backgroundAndChallenge", backgroundAndChallenge);
        texts.put("whatIsNew", whatIsNew);
        texts.put("resultsForTargetGroup", resultsForTargetGroup);
        texts.put("spreadAndScaleUp", spreadAndScaleUp);
        texts.put("sustainability", sustainability);
        texts.put("linkToCouncilGoals", linkToCouncilGoals);
        return texts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getNomineeType() { return nomineeType; }
    public String getTitle() { return title; }
    public String getBackgroundAndChallenge() { return backgroundAndChallenge; }
    public String getWhatIsNew() { return whatIsNew; }
    public String getResultsForTargetGroup() { return resultsForTargetGroup; }
    public String getSpreadAndScaleUp() { return spreadAndScaleUp; }
    public String getSustainability() { return sustainability; }
    public String getLinkToCouncilGoals() { return linkToCouncilGoals; }
    /** A copy of every field (for a new year's draft started from this one). */
    public RenewalFields copy() {
        return new RenewalFields(nomineeType, title, backgroundAndChallenge, whatIsNew, resultsForTargetGroup,
                spreadAndScaleUp, sustainability, linkToCouncilGoals, inOperationSince, filmLink);
    }

    public LocalDate getInOperationSince() { return inOperationSince; }
    public String getFilmLink() { return filmLink; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenewalFields r && Objects.equals(nomineeType, r.nomineeType) && Objects.equals(title, r.title)
                && Objects.equals(texts(), r.texts()) && Objects.equals(inOperationSince, r.inOperationSince)
                && Objects.equals(filmLink, r.filmLink);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nomineeType, title, inOperationSince, filmLink);
    }
}
