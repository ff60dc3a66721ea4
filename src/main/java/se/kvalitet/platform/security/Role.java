package se.kvalitet.platform.security;

/**
 * What a person may do in the system. A person can hold several roles (an examiner is often also staff).
 * The names are the security roles checked by pages, REST resources and boundaries.
 */
public enum Role {
    ADMIN, APPLICANT, EXAMINER, JURY, STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String EXAMINER_NAME = "EXAMINER";
    public static final String JURY_NAME = "JURY";
    public static final String STAFF_NAME = "STAFF";
}
