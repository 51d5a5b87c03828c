package app.fiv.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Jobs 2022 to 2024: small or split XML answers of a hostile or compromised CommServe that make a
 * careless reader build one enormous cell. Sent as XML whatever the Accept header, as a server that
 * chooses its own format: clients read answers by their content.
 */
final class HostileXmlJobs {

    /** As short as a root can be: the nested answer is the 250 bytes of the security review. */
    private static final String ROOT = "r";

    private HostileXmlJobs() {
    }

    static DemoJob nestedValue() {
        return job(DemoJobs.XML_NESTED_VALUE, "fs-branch21", 91, "2026-03-28T21:00:04Z",
                raw(nested(DemoJobs.XML_NESTED_VALUE_DEPTH)));
    }

    static DemoJob nestedTooDeep() {
        return job(DemoJobs.XML_NESTED_TOO_DEEP, "fs-branch22", 92, "2026-03-28T21:30:02Z",
                raw(nested(DemoJobs.XML_NESTED_TOO_DEEP_DEPTH)));
    }

    /** Three runs of one letter inside one {@code <entity>}, comments between them; generated while sent. */
    static DemoJob splitValue() {
        byte[] start = ("<" + ROOT + " isFailedItemsCSV=\"false\"><failedItems failureReason=\"Access is denied.\">"
                + "<entity>").getBytes(StandardCharsets.UTF_8);
        byte[] comment = "<!-- continued -->".getBytes(StandardCharsets.UTF_8);
        byte[] end = ("</entity></failedItems></" + ROOT + ">").getBytes(StandardCharsets.UTF_8);
        ApiResponse answer = new GeneratedResponse(ResponseFormat.XML.contentType(), out -> {
            out.write(start);
            for (int run = 0; run < DemoJobs.XML_SPLIT_VALUE_RUNS; run++) {
                if (run > 0) {
                    out.write(comment);
                }
                letters(out, DemoJobs.XML_SPLIT_VALUE_RUN_CHARS);
            }
            out.write(end);
        });
        return job(DemoJobs.XML_SPLIT_VALUE, "fs-branch23", 93, "2026-03-28T22:00:01Z", answer);
    }

    /** {@code <failedItems>} holding {@code depth} {@code <a>} elements nested around the letter x. */
    static String nested(int depth) {
        return "<" + ROOT + "><failedItems>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth)
                + "</failedItems></" + ROOT + ">";
    }

    private static ApiResponse raw(String xml) {
        return new RawResponse(200, ResponseFormat.XML.contentType(), xml.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static void letters(OutputStream out, int count) throws IOException {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'x');
        for (int left = count; left > 0; left -= block.length) {
            out.write(block, 0, Math.min(left, block.length));
        }
    }

    private static DemoJob job(long jobId, String client, int clientId, String start, ApiResponse answer) {
        JobOrigin origin = new JobOrigin("Windows File System", 33, client, clientId,
                "DefaultInstanceName", "defaultBackupSet", clientId + 1, "default", clientId + 40);
        return new DemoJob(new JobSummary(jobId, JobSummary.COMPLETED_WITH_ERRORS, "Incremental", origin,
                DemoTimes.at(start), DemoTimes.at(start).plusSeconds(611), 18_204, 2_771_009_536L,
                new FailedCounts(1, 0)), new FailedItemsAnswer.Fault(answer));
    }
}
