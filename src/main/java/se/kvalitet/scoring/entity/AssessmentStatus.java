package se.kvalitet.scoring.entity;

/** An assessment is written as a draft, submitted once, and locked when the team's consensus opens. */
public enum AssessmentStatus { DRAFT, SUBMITTED, LOCKED }
