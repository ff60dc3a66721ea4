package se.kvalitet.winners.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One announced year's winners as the public page and REST show them. {@code unitName} is null when the unit has
 * not consented to public publication; {@code diploma} says whether the caller may download the winner's diploma.
 */
@Schema(name = "WinnersYear")
public record WinnersYear(int year, String cycleName, LocalDate announcementOn, LocalDate ceremonyOn,
                          String ceremonyPlace, List<Winner> winners) implements Serializable {

    /** One winner: award (QUALITY_AWARD, RENEWAL_PRIZE), class, the unit if named, the jury's motivation. */
    @Schema(name = "Winner")
    public record Winner(Long applicationId, String award, String competitionClassName, String unitName,
                         String motivation, boolean diploma) implements Serializable {
    }
}
