package se.kvalitet.winners.control;

import java.time.LocalDate;

/**
 * What a winner's diploma says: the award and year, the unit (always named on a diploma: it is only handed out to
 * whoever may see the name), the class, the jury's motivation and the ceremony.
 *
 * @param language {@code sv} or {@code en}
 */
public record Diploma(String language, String award, int year, String unit, String competitionClass,
                      String motivation, LocalDate ceremonyOn, String ceremonyPlace) {
}
