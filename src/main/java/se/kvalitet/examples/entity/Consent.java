package se.kvalitet.examples.entity;

/** The unit's current answer for one audience. Withdrawing a given consent makes it REFUSED. */
public enum Consent { PENDING, GIVEN, REFUSED }
