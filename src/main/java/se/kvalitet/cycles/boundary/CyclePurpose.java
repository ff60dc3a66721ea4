package se.kvalitet.cycles.boundary;

/**
 * What a page or list is for, which decides the cycle it shows by default when several are under way (next
 * year's applications open while this year's jury works). See {@link Cycles#defaultFor(CyclePurpose)}.
 */
public enum CyclePurpose {
    /** Writing and following applications: the cycle accepting applications. */
    APPLICATIONS,
    /** Assigning teams, assessing, consensus, site visits: the cycles under review. */
    REVIEW,
    /** Ranking, deciding and announcing: the cycle with the jury. */
    JURY,
    /** Everything else: the current cycle, the year the city is working through. */
    CURRENT
}
