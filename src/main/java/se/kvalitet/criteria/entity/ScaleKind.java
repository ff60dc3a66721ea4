package se.kvalitet.criteria.entity;

/**
 * The kinds of scoring scale in use: percent bands (Baldrige), RADAR (a percent per attribute and an
 * overall percent set by judgement, EFQM) and short ordinal scales (1–5, Piteå's 2-4-6-8).
 */
public enum ScaleKind { PERCENT, RADAR, ORDINAL }
