package se.kvalitet.it;

/**
 * Who a test acts as over HTTP: an e-mail address and its password. The demo's accounts are constants; a fixture's
 * people are made with {@link #of}.
 */
public record Account(String email, String password) {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "Kvalitet2026!";

    public static final Account ADMIN = demo("admin@kvalitet.demo");
    public static final Account APPLICANT = demo("sokande@kvalitet.demo");
    public static final Account EXAMINER = demo("examinator@kvalitet.demo");
    public static final Account LEADER = demo("lagledare@kvalitet.demo");
    public static final Account JUROR = demo("jury@kvalitet.demo");
    public static final Account CHAIR = demo("ordforande@kvalitet.demo");
    public static final Account STAFF = demo("medarbetare@kvalitet.demo");

    public static Account demo(String email) {
        return new Account(email, DEMO_PASSWORD);
    }

    public static Account of(String email, String password) {
        return new Account(email, password);
    }

    @Override
    public String toString() {
        return email;
    }
}
