package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A renewal-prize entry as the jury's list shows it to the caller: which unit, what title, and where the caller
 * stands with it. {@code recused}: a conflict blocks the caller (no reading, no scoring); {@code confirmed}: the
 * caller has confirmed having no conflict; {@code ownStatus} NOT_STARTED, DRAFT or SUBMITTED (NONE for an
 * administrator who is no juror); {@code submitted}: how many jurors have submitted (never what).
 */
@Schema(name = "RenewalEntry")
public record RenewalEntry(long applicationId, String registrationNumber, String unitName, String title,
                           Long competitionClassId, String className, boolean recused, boolean confirmed,
                           String ownStatus, int submitted, int scoring) implements Serializable {
}
