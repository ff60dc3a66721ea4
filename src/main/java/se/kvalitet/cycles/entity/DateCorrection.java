package se.kvalitet.cycles.entity;

/** One date an administrator corrected: which, from what, to what (as {@link PlannedDate#text} reads them). */
public record DateCorrection(PlannedDate date, String before, String after) {

    /** How the correction reads in the audit trail. */
    public String describe(String reason) {
        return date.field() + ": " + before + " -> " + after + "; " + reason;
    }
}
