package app.fiv.bench;

import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The same download piped through {@code jq} to CSV, the admin's shell alternative; and curl's download alone. */
final class JqRun {
    /** The line of the README and the issue, as a shell runs it. */
    static final String PIPELINE = "curl … | jq -r '.failedItems[] | [.failureReason, .entity] | @csv'";

    private JqRun() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("jq", "--version").redirectErrorStream(true).start().waitFor() == 0
                    && new ProcessBuilder("curl", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static long run(DemoCommServe demo, Session session) throws Exception {
        Path out = Files.createTempFile("bench-jq", ".csv");
        String script = "curl -sS -H \"Authtoken: $FIV_TOKEN\" -H 'Accept: application/json' \"$FIV_URL\""
                + " | jq -r '.failedItems[] | [.failureReason, .entity] | @csv' > \"$FIV_OUT\"";
        int exit = shell(script, demo, session, out).waitFor();
        long size = Files.size(out);
        Files.delete(out);
        if (exit != 0) {
            throw new IllegalStateException("curl | jq failed with exit " + exit);
        }
        return size;
    }

    /** curl's own time for the whole download to /dev/null ({@code %{time_total}}), in milliseconds: the server's share. */
    static double curlDownloadMs(DemoCommServe demo, Session session) throws Exception {
        Path out = Files.createTempFile("bench-curl", ".txt");
        String script = "curl -sS -o /dev/null -w '%{time_total}' -H \"Authtoken: $FIV_TOKEN\""
                + " -H 'Accept: application/json' \"$FIV_URL\" > \"$FIV_OUT\"";
        int exit = shell(script, demo, session, out).waitFor();
        String seconds = Files.readString(out, StandardCharsets.US_ASCII).strip();
        Files.delete(out);
        if (exit != 0) {
            throw new IllegalStateException("curl failed with exit " + exit);
        }
        return Double.parseDouble(seconds.replace(',', '.')) * 1000;
    }

    private static Process shell(String script, DemoCommServe demo, Session session, Path out) throws Exception {
        String url = demo.webServiceUrl() + "/Job/" + DemoJobs.MILLION_ITEMS + "/FailedItems";
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-o", "pipefail", "-c", script)).inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("FIV_TOKEN", session.token());
        builder.environment().put("FIV_URL", url);
        builder.environment().put("FIV_OUT", out.toString());
        return builder.start();
    }
}
