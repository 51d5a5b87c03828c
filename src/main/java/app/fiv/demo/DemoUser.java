package app.fiv.demo;

/** Profile of the single demo user, shared by the login answer and WhoAmI so they agree. */
final class DemoUser {

    static final int ID = 5;
    static final String FULL_NAME = "Demo Administrator";
    static final String EMAIL = "demo.admin@example.com";
    static final String GUID = "F7A3C2D1-6B1E-4C55-9E0B-2A8D4F61C0DE";

    private DemoUser() {
    }
}
