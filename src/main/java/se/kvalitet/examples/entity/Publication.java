package se.kvalitet.examples.entity;

/** Who can read a record: nobody but administrators and the unit (DRAFT), signed-in staff, or everyone. */
public enum Publication { DRAFT, INTERNAL, PUBLIC }
