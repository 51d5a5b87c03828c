package app.fiv.bench;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line exporting the million-item job in a process of its own, timed from the launch
 * of the JVM (or the app image's launcher) to its exit, and checked: exit 0 and a row for every item.
 */
final class CliProcess {
    private CliProcess() {
    }

    /**
     * @param launcher   the app image's launcher, or null for {@code java -cp <this classpath>}
     * @param format     csv, tsv or json
     * @param accept     json or xml: what the command line asks of the server
     * @param jvmOptions for {@code java} only
     */
    static long export(DemoCommServe demo, Path launcher, String format, String accept, String... jvmOptions)
            throws Exception {
        Path dir = Files.createTempDirectory("bench-cli");
        Path out = dir.resolve("million." + format);
        int exit = run(demo, launcher, dir.resolve("log.txt"), List.of("--job", String.valueOf(DemoJobs.MILLION_ITEMS),
                "--format", format, "--accept", accept, "--quiet", "-o", out.toString()), jvmOptions);
        long rows = exit == 0 ? rows(out, format) : -1;
        if (exit != 0 || rows != DemoJobs.MILLION_ITEMS_COUNT) {
            throw new IllegalStateException("CLI export failed (exit " + exit + ", " + rows + " rows): "
                    + Files.readString(dir.resolve("log.txt")));
        }
        Files.delete(out);
        return rows;
    }

    /**
     * Runs {@code export --server <the demo> --user demo} with {@code arguments} to its exit, as an
     * admin's script would: no display, no session bus, the password in FIV_PASSWORD, the kept settings.
     *
     * @param launcher the app image's launcher, or null for {@code java -cp <this classpath>}
     * @return the exit code
     */
    static int run(DemoCommServe demo, Path launcher, Path log, List<String> arguments, String... jvmOptions)
            throws Exception {
        Path kept = keptSettings();
        List<String> command = new ArrayList<>();
        if (launcher == null) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(jvmOptions));
            command.add("-Dfiv.keyring=off");
            command.add("-Dfiv.config.dir=" + kept.resolve("config"));
            command.add("-Djava.util.prefs.userRoot=" + kept.resolve("prefs"));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "app.fiv.Launcher"));
        } else {
            command.add(launcher.toString());
        }
        command.addAll(List.of("export", "--server", demo.webServiceUrl().toString(), "--user", DemoCommServe.USER));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("FIV_PASSWORD", DemoCommServe.PASSWORD);
        builder.environment().put("XDG_CONFIG_HOME", kept.resolve("xdg").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        return builder.start().waitFor();
    }

    private static Path settings;

    /**
     * One settings and config folder for every run, as on an admin's machine: the first run makes
     * the device ID and the preferences file, the runs after it only read them, as every morning's
     * cron job does.
     */
    private static synchronized Path keptSettings() throws java.io.IOException {
        if (settings == null) {
            settings = Files.createTempDirectory("bench-cli-settings");
        }
        return settings;
    }

    /** Rows written: lines less the header for CSV and TSV; for JSON (one line), the objects' first keys. */
    private static long rows(Path out, String format) throws Exception {
        if (!format.equals("json")) {
            try (var lines = Files.lines(out)) {
                return lines.count() - 1;
            }
        }
        byte[] key = "\"failureReason\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long count = 0;
        int matched = 0;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(out), 1 << 16)) {
            for (int b; (b = in.read()) >= 0; ) {
                matched = b == key[matched] ? matched + 1 : b == key[0] ? 1 : 0;
                if (matched == key.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }
}
