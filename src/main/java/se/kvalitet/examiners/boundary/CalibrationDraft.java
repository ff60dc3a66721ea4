package se.kvalitet.examiners.boundary;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A calibration exercise as the administrator writes it: the case and a reference score per criterion. */
public record CalibrationDraft(String title, String caseText, int scaleMax, List<Reference> criteria) implements Serializable {

    /** One criterion of the case with its reference score. */
    @Schema(name = "CalibrationReference")
    public record Reference(String code, String title, int referenceValue) implements Serializable {
    }
}
