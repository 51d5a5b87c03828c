package app.fiv.bench;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line exporting the million-item job to a CSV file in its own, small JVM. */
final class CliProcess {
    private CliProcess() {
    }

    static long exportMillion(DemoCommServe demo, String... jvmOptions) throws Exception {
        Path dir = Files.createTempDirectory("bench-cli");
        Path out = dir.resolve("million.csv");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-Dfiv.keyring=off");
        command.add("-Dfiv.config.dir=" + dir.resolve("config"));
        command.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "app.fiv.Launcher", "export",
                "--server", demo.webServiceUrl().toString(), "--user", DemoCommServe.USER,
                "--job", String.valueOf(DemoJobs.MILLION_ITEMS), "--quiet", "-o", out.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile());
        builder.environment().put("FIV_PASSWORD", DemoCommServe.PASSWORD);
        builder.environment().remove("DISPLAY");
        int exit = builder.start().waitFor();
        long lines;
        try (var stream = Files.lines(out)) {
            lines = exit == 0 ? stream.count() : -1;
        }
        if (exit != 0 || lines != DemoJobs.MILLION_ITEMS_COUNT + 1) {
            throw new IllegalStateException("CLI export failed (exit " + exit + ", " + lines + " lines): "
                    + Files.readString(dir.resolve("log.txt")));
        }
        Files.delete(out);
        return lines;
    }
}
