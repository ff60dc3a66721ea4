package se.kvalitet.renewal.entity;

/** Where a juror's scoring of an entry stands: a draft the juror may change, or submitted (read-only). */
public enum JurorScoreStatus { DRAFT, SUBMITTED }
