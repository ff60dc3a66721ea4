package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A renewal-prize entry as the jury's list shows it to the caller: which unit, what title, and where the caller
 * stands with it. {@code recused}: a conflict blocks the caller (no reading, no scoring); {@code confirmed}: the
 * caller has confirmed having no conflict; {@code ownStatus} NOT_STARTED, DRAFT or SUBMITTED (NONE for an
 * administrator who is no juror); {@code submitted}: how many jurors have submitted (never what). {@code code}: the
 * entry's random code in the cycle; in blind jury mode a juror gets only the code: {@code applicationId},
 * {@code registrationNumber}, {@code unitName} and {@code title} (which may name the unit) are null, and routes take
 * the code.
 */
@Schema(name = "RenewalEntry")
public record RenewalEntry(Long applicationId, String code, String registrationNumber, String unitName, String title,
                           Long competitionClassId, String className, boolean recused, boolean confirmed,
                           String ownStatus, int submitted, int scoring) implements Serializable {

    /** How routes name the entry: its id where the caller sees ids, else its code. */
    public String reference() {
        return applicationId != null ? applicationId.toString() : code;
    }

    /** The unit's name, or the code in blind mode. */
    public String label() {
        return unitName != null ? unitName : code;
    }
}
