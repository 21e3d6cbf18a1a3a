package org.haven.account;

/**
 * The generated demo hosts of the {@code demo} profile: approved hosts with one offer each, so a
 * matching run on demo data has homes to choose from. The account module creates their accounts;
 * the host module gives them households and offers, finding them by these emails.
 */
public final class DemoHosts {

    public static final int GENERATED = 77;

    private DemoHosts() {
    }

    /** The email of generated demo host {@code n}, 1-based. */
    public static String email(int n) {
        return "host.demo%02d@haven.example".formatted(n);
    }
}
