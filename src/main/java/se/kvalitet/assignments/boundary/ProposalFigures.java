package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/**
 * The proposal's quality figures as they stand after adjustments.
 *
 * @param loadSpread          highest minus lowest load among examiners who could take an application
 * @param competenceMatchRate share of seats (0–1) held by an examiner competent in the service area
 * @param solverMillis        how long the solver took
 * @param repeatedPairs       pairs of members who were on a team together last cycle
 * @param teamsWithSeveralNew teams with more than one new examiner
 */
public record ProposalFigures(int loadSpread, double competenceMatchRate, long solverMillis, int repeatedPairs,
                              int teamsWithSeveralNew) implements Serializable {
}
