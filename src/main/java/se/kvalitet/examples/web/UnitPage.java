package se.kvalitet.examples.web;

import se.kvalitet.platform.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import se.kvalitet.examples.boundary.UnitHistories;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Attempt;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.Messages;

/**
 * /examples/unit.xhtml?id=…: a unit's page. Its own people and administrators see the history with improvement
 * areas, the unit's people write follow-up notes; everybody else sees the unit's readable records.
 */
@Named("unitPage")
@ViewScoped
public class UnitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitHistories histories;

    private String idParam;
    private UnitHistories.UnitHistory history;
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Boolean> addressed = new HashMap<>();

    public void load() throws IOException {
        Long id = Ids.parse(idParam);
        try {
            history = id == null ? null : histories.history(id);
        } catch (RuleViolation notFound) {
            history = null;
        }
        if (history == null) {
            Responses.notFound(Messages.text("examples.unit.notFound", ""));
            return;
        }
        fill();
    }

    private void fill() {
        notes.clear();
        addressed.clear();
        history.years().forEach(y -> y.areas().forEach(a -> {
            notes.put(key(y.applicationId(), a.code()), a.note());
            addressed.put(key(y.applicationId(), a.code()), a.addressed());
        }));
    }

    public static String key(Long applicationId, String code) {
        return applicationId + "/" + code;
    }

    public void save(Long applicationId, String code, Long version) {
        String k = key(applicationId, code);
        if (Attempt.succeeded(() -> histories.recordFollowUp(history.unitId(), applicationId, code, notes.get(k),
                Boolean.TRUE.equals(addressed.get(k)), version))) {
            Messages.info("examples.page.followUpSaved");
        }
        history = histories.history(history.unitId());
        fill();
    }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public UnitHistories.UnitHistory getHistory() { return history; }
    public Map<String, String> getNotes() { return notes; }
    public Map<String, Boolean> getAddressed() { return addressed; }
}
