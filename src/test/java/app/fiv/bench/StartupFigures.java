package app.fiv.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launch to login window, in a display of its own, for each way the app is started here: the jar,
 * the app image (when {@code packaging/build.sh app-image} has built it) and the installed .deb
 * (when installed). Taken by packaging/startup-time.sh, which waits for the app to say its window is
 * drawn; its CPU time is printed too, as wall-clock time says little on a shared machine.
 */
final class StartupFigures {
    static final double TARGET_MS = 1000;
    private static final Pattern LINE = Pattern.compile("(startup(?:-cpu)?-ms): median=(\\d+) min=(\\d+) max=(\\d+) runs=(\\d+)");

    private StartupFigures() {
    }

    static void measure(ResultTable results, int runs) throws Exception {
        results.section("start-up: launch to the login window (Xvfb, fresh config folder)");
        if (!onPath("Xvfb")) {
            results.note("launch to login window", "no Xvfb", "apt-get install xvfb libgtk-3-0", null);
            return;
        }
        floor(results, runs);
        one(results, runs, "java -jar target/failed-items-viewer.jar", "java", "-jar", "target/failed-items-viewer.jar");
        Path image = Path.of("target/packaging/failed-items-viewer/bin/failed-items-viewer");
        if (Files.isExecutable(image)) {
            one(results, runs, "app image (AppCDS)", image.toString());
        } else {
            results.note("app image", "not built", "bash packaging/build.sh app-image", null);
        }
        Path installed = Path.of("/opt/failed-items-viewer/bin/failed-items-viewer");
        if (Files.isExecutable(installed)) {
            one(results, runs, "installed .deb (AppCDS made at install)", installed.toString());
        } else {
            results.note("installed .deb", "not installed", "bash packaging/check-deb.sh prints it", null);
        }
    }

    /** A JavaFX window with one label ({@link FloorWindow}), the same way: what JavaFX alone costs here. */
    private static void floor(ResultTable results, int runs) throws Exception {
        timed(results, runs, "floor: a JavaFX window with one label (java -cp)", null,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), FloorWindow.class.getName());
    }

    private static void one(ResultTable results, int runs, String what, String... command) throws Exception {
        timed(results, runs, what, TARGET_MS, command);
    }

    /** @param targetMs the target, or null for a figure without one */
    private static void timed(ResultTable results, int runs, String what, Double targetMs, String... command)
            throws Exception {
        List<String> script = new ArrayList<>(List.of("bash", "packaging/startup-time.sh", String.valueOf(runs)));
        script.addAll(List.of(command));
        Path log = Files.createTempFile("bench-startup", ".txt");
        int exit = new ProcessBuilder(script).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (exit != 0) {
            results.note(what, "failed", output.lines().reduce((a, b) -> b).orElse(""), false);
            return;
        }
        Matcher m = LINE.matcher(output);
        while (m.find()) {
            double median = Double.parseDouble(m.group(2));
            Stats stats = new Stats(new double[] {Double.parseDouble(m.group(3)), median, Double.parseDouble(m.group(4))});
            if (m.group(1).equals("startup-ms")) {
                results.add(what, new Stats(spread(stats, Integer.parseInt(m.group(5)))), "ms",
                        targetMs == null ? "" : "<= " + targetMs.intValue() + " ms", targetMs == null ? null : median <= targetMs);
            } else {
                results.note("   its CPU time (user + system)", String.format(java.util.Locale.ROOT, "%.0f ms", median),
                        "", null);
            }
        }
    }

    /** The script's median and range as a Stats of as many values (min, median..., max) for the table. */
    private static double[] spread(Stats three, int runs) {
        double[] values = new double[Math.max(3, runs)];
        java.util.Arrays.fill(values, three.values()[1]);
        values[0] = three.values()[0];
        values[values.length - 1] = three.values()[2];
        return values;
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    }
}
