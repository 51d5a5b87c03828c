package app.fiv;

/** The app's version, from the jar's manifest (the pom's version); "development" when run from classes. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
