package se.kvalitet.renewal.boundary;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The renewal prize's prize money of a cycle (SEK, whole kronor; null: not set) and the version to change it. */
@Schema(name = "RenewalPrizeSetting")
public record PrizeSetting(long cycleId, int year, String cycleName, String phase, Integer amount, long version)
        implements Serializable {
}
