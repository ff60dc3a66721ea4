package se.kvalitet.criteria.entity;

/** Process criteria are read by approach and deployment, result criteria by levels and trends. */
public enum CriterionType { PROCESS, RESULT, INNOVATION }
