package se.kvalitet.feedback.entity;

/** Where a feedback report is on its way to the applicant: drafted by the leader, reviewed and released by the administrator. */
public enum ReportStatus {
    DRAFTED, REVIEWED, RELEASED
}
