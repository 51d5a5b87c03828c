package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as admins run it: {@code java -jar target/failed-items-viewer.jar export ...} in
 * its own process, with no display, against the demo CommServe. Run by failsafe after package.
 */
class ExportJarIT {
    private static final Path JAR = Path.of("target", "failed-items-viewer.jar");

    @TempDir
    static Path dir;
    private static DemoCommServe demo;
    private static String server;

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR).as("the shaded jar, built by package").exists();
        demo = DemoCommServe.start();
        server = demo.webServiceUrl().toString();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result java(Map<String, String> env, List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfiv.keyring=off");
        command.add("-Dfiv.config.dir=" + dir.resolve("config"));
        command.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs")); // keeps the device ID out of the real prefs
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("FIV_PASSWORD");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        Result result = new Result(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
        CliRun.assertNoSecrets(result.stdout + result.stderr);
        return result;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Result export(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--server", server, "--user", "demo"));
        args.addAll(List.of(more));
        return java(Map.of("FIV_PASSWORD", DemoCommServe.PASSWORD), List.of(), args.toArray(String[]::new));
    }

    @Test
    void bothShapesInEveryFormat() throws Exception {
        Result csv = export("--job", "1001");
        Result tsv = export("--job", "1002", "--format", "tsv");
        Result json = export("--job", "1002", "--format", "json", "--accept", "xml", "-");

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.stdout()).startsWith("failureReason,entity\r\nAccess is denied.,");
        assertThat(tsv.exitCode()).isZero();
        assertThat(tsv.stdout()).startsWith("Item Type\tItem Name\t");
        assertThat(json.exitCode()).isZero();
        assertThat(json.stdout()).startsWith("[{\"Item Type\":\"Channel\"");
    }

    @Test
    void aLargeJobToAFile() throws Exception {
        Path file = dir.resolve("1005.csv");
        long started = System.nanoTime();
        Result run = java(Map.of("FIV_PASSWORD", DemoCommServe.PASSWORD), List.of("-Xmx64m"),
                "export", "--server", server, "--user", "demo", "--job", "1005", "-o", file.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("Wrote 50,000 rows");
        try (var lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(DemoJobs.LARGE_FILE_SERVER_ITEMS + 1);
        }
        System.out.println("ExportJarIT: job 1005 (50,000 items) exported by java -Xmx64m -jar in " + millis + " ms");
    }

    @Test
    void manyBigJobsInOneFileStreamInASmallHeap() throws Exception {
        // 1,050,000 rows in 64 MB: a multi-job export holds no job, let alone all of them.
        Path file = dir.resolve("many.csv");
        long started = System.nanoTime();
        Result run = java(Map.of("FIV_PASSWORD", DemoCommServe.PASSWORD), List.of("-Xmx64m"),
                "export", "--server", server, "--user", "demo", "--job", "1012", "--job", "1005", "-o", file.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("Wrote 1,050,000 rows of 2 jobs");
        try (var lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(DemoJobs.MILLION_ITEMS_COUNT + DemoJobs.LARGE_FILE_SERVER_ITEMS + 1);
        }
        try (var lines = Files.lines(file)) {
            assertThat(lines.findFirst()).hasValueSatisfying(header -> assertThat(header).startsWith("jobId,client,subclient,"));
        }
        System.out.println("ExportJarIT: jobs 1012 and 1005 (1,050,000 items) exported by java -Xmx64m -jar in "
                + millis + " ms");
    }

    @Test
    void exitCodesForEachKindOfFailure() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        Path existing = Files.writeString(dir.resolve("keep.csv"), "keep me");

        Result empty = export("--job", "1007");
        Result missing = export("--job", "4040");
        Result serverError = export("--job", "1009");
        Result html = export("--job", "1010");
        Result cutOff = export("--job", "1011", "-o", existing.toString());
        Result badJob = export("--job", "12x");
        Result badPassword = java(Map.of("FIV_PASSWORD", "wrong"), List.of(),
                "export", "--server", server, "--user", "demo", "--job", "1001");
        Result noPassword = java(Map.of(), List.of(), "export", "--server", server, "--user", "demo", "--job", "1001");
        Result refused = java(Map.of("FIV_PASSWORD", "x"), List.of(),
                "export", "--server", "http://127.0.0.1:" + freePort, "--user", "demo", "--job", "1001");

        assertThat(empty.exitCode()).isZero();
        assertThat(empty.stdout()).isEqualTo("failureReason,entity\r\n");
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(serverError.exitCode()).isEqualTo(5);
        assertThat(serverError.stderr()).contains("Internal server error while reading the job's failed items");
        assertThat(html.exitCode()).isEqualTo(5);
        assertThat(html.stderr()).contains("web page");
        assertThat(cutOff.exitCode()).isEqualTo(5);
        assertThat(cutOff.stderr()).contains("cut off");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        assertThat(badJob.exitCode()).isEqualTo(2);
        assertThat(badPassword.exitCode()).isEqualTo(3);
        assertThat(badPassword.stderr()).contains("Invalid username or password");
        assertThat(noPassword.exitCode()).isEqualTo(3);
        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.stderr()).contains("refused");
        assertThat(List.of(empty, missing, serverError, html, cutOff, badPassword, refused))
                .allSatisfy(r -> assertThat(r.stderr()).doesNotContain("\tat "));
    }

    @Test
    void helpVersionAndExportNeverLoadJavaFx() throws Exception {
        Result version = java(Map.of(), List.of("-verbose:class"), "--version");
        Result help = java(Map.of(), List.of(), "--help");
        Result usage = java(Map.of(), List.of(), "--no-such-option");

        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout()).contains("Failed Items Viewer").doesNotContain("javafx.");
        assertThat(help.stdout()).contains("Exit codes:").contains("export");
        assertThat(usage.exitCode()).isEqualTo(2);
        Result export = java(Map.of("FIV_PASSWORD", DemoCommServe.PASSWORD), List.of("-verbose:class"),
                "export", "--server", server, "--user", "demo", "--job", "1001", "--quiet");
        assertThat(export.exitCode()).isZero();
        assertThat(export.stdout()).contains("[class,load] app.fiv.cli.ExportSink").doesNotContain("javafx.");
    }

    @Test
    void resubmitInAProcessWithoutATerminalRefusesAndSendsNothingUnlessYes() throws Exception {
        int before = demo.requests().size();
        Map<String, String> env = Map.of("FIV_PASSWORD", DemoCommServe.PASSWORD);

        Result refused = java(env, List.of(), "resubmit", "--server", server, "--user", "demo", "--job", "1003");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).contains("no terminal to ask on", "--yes");
        assertThat(refused.stdout()).isEmpty();
        assertThat(demo.requests()).hasSize(before);

        Result done = java(env, List.of(), "resubmit", "--server", server, "--user", "demo", "--job", "1003", "--yes");

        assertThat(done.exitCode()).as(done.stderr()).isZero();
        assertThat(done.stdout()).matches("\\d+\\R");
        assertThat(done.stderr()).contains("Resubmitted job 1003");
    }
}
