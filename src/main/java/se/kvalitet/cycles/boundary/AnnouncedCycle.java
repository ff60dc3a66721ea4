package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A cycle whose decisions have been announced, as the public may know it: its year, name, announcement day and the
 * ceremony. Nothing of a cycle before its announcement leaves the component this way.
 */
public record AnnouncedCycle(Long id, int year, String name, LocalDate announcementOn, LocalDate ceremonyOn,
                             String ceremonyPlace) implements Serializable {
}
