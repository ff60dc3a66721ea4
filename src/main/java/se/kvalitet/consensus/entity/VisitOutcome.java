package se.kvalitet.consensus.entity;

/** What the site visit found about one question. */
public enum VisitOutcome {
    VERIFIED, NOT_VERIFIED, NEW_FINDING
}
