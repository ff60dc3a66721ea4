package se.kvalitet.cycles.entity;

/** The two awards a cycle can hold: the quality award (examiner teams) and the renewal prize (jury only). */
public enum Award { QUALITY_AWARD, RENEWAL_PRIZE }
