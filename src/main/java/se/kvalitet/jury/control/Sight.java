package se.kvalitet.jury.control;

/**
 * What a caller may see of, and do with, one application in the jury's work: the rule table behind recusal and
 * blind mode. A recused juror sees neither the content nor the scores and may not vote; in blind mode nobody on
 * the jury sees the unit's or administration's name until the administrator reveals them. The administrator
 * runs the process and sees everything but does not vote.
 *
 * @param names   the unit's and administration's names (else a neutral label)
 * @param scores  the consensus total, bands, profile, recommendation and the votes
 * @param content the application's text and the eligibility warnings
 * @param vote    may vote on it
 */
public record Sight(boolean names, boolean scores, boolean content, boolean vote) {

    public static Sight of(boolean admin, boolean recused, boolean namesHidden) {
        if (admin) {
            return new Sight(true, true, true, false);
        }
        if (recused) {
            return new Sight(!namesHidden, false, false, false);
        }
        return new Sight(!namesHidden, true, true, true);
    }
}
