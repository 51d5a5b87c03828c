package app.fiv.bench;

import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The same download piped through {@code jq} to CSV, the admin's shell alternative. */
final class JqRun {
    private JqRun() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("jq", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static long run(DemoCommServe demo, Session session) throws Exception {
        Path out = Files.createTempFile("bench-jq", ".csv");
        String url = demo.webServiceUrl() + "/Job/" + DemoJobs.MILLION_ITEMS + "/FailedItems";
        String script = "curl -sS -H \"Authtoken: $FIV_TOKEN\" -H 'Accept: application/json' \"$FIV_URL\""
                + " | jq -r '.failedItems[] | [.failureReason, .entity] | @csv' > \"$FIV_OUT\"";
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-o", "pipefail", "-c", script)).inheritIO();
        builder.environment().put("FIV_TOKEN", session.token());
        builder.environment().put("FIV_URL", url);
        builder.environment().put("FIV_OUT", out.toString());
        int exit = builder.start().waitFor();
        long size = Files.size(out);
        Files.delete(out);
        if (exit != 0) {
            throw new IllegalStateException("curl | jq failed with exit " + exit);
        }
        return size;
    }
}
