package se.kvalitet.examiners.entity;

/** What an examiner course is for. */
public enum CourseKind {
    /** The basic training every examiner takes for a cycle. */
    BASIC,
    /** A calibration day: examiners score a reference case and compare their scores. */
    CALIBRATION,
    /** A refresher for experienced examiners. */
    REFRESHER
}
