package app.fiv.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Jobs 2001 to 2003 and 2019: HTTP 200 answers a client cannot read as what it asked for: no body,
 * a plain-text message, a syntax error in an otherwise complete document, XML when JSON was asked.
 */
final class MalformedAnswerJobs {

    static final String STARTING = "Service is starting, please retry.";

    /** The items of {@link DemoJobs#INVALID_JSON}: reason, then path. The fourth is the broken one. */
    private static final List<List<String>> INVALID_JSON_ITEMS = List.of(
            List.of("Permission denied", "/srv/projects/atlas/build/output/atlas-2.4.1.tar.gz"),
            List.of("No such file or directory (file was removed during backup)",
                    "/srv/projects/atlas/.cache/pip/http/a/3/f/9c1e8d.tmp"),
            List.of("File changed during backup (size or modification time differs)", "/var/log/atlas/access.log"),
            List.of("Resource temporarily unavailable (file is locked by another process)",
                    "/var/lib/atlas/queue/spool.db"),
            List.of("Permission denied", "/home/rkhan/.ssh/"),
            List.of("Input/output error", "/srv/projects/atlas/data/raw/2026-03-14/sensor-17.parquet"));
    private static final int BROKEN_ITEM = 3;

    private MalformedAnswerJobs() {
    }

    static DemoJob emptyBody() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-branch12", 51,
                "DefaultInstanceName", "defaultBackupSet", 52, "UserShares", 110);
        ApiResponse empty = new PerFormatResponse(
                new RawResponse(200, ResponseFormat.JSON.contentType(), new byte[0], Map.of()),
                new RawResponse(200, ResponseFormat.XML.contentType(), new byte[0], Map.of()));
        return new DemoJob(new JobSummary(DemoJobs.EMPTY_BODY, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-19T22:00:04Z"), DemoTimes.at("2026-03-19T22:17:31Z"),
                14_220, 3_114_920_448L, new FailedCounts(4, 0)), new FailedItemsAnswer.Fault(empty));
    }

    static DemoJob plainText200() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-branch14", 53,
                "DefaultInstanceName", "defaultBackupSet", 54, "default", 111);
        return new DemoJob(new JobSummary(DemoJobs.PLAIN_TEXT_200, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-19T22:30:01Z"), DemoTimes.at("2026-03-19T22:41:12Z"),
                8_417, 1_022_771_200L, new FailedCounts(9, 1)),
                new FailedItemsAnswer.Fault(ApiResponse.plainText(200, STARTING)));
    }

    static DemoJob invalidJson() {
        JobOrigin origin = new JobOrigin("Linux File System", 29, "lnx-atlas01", 55,
                "DefaultInstanceName", "defaultBackupSet", 56, "srv-projects", 112);
        ObjectNode items = itemsTree(INVALID_JSON_ITEMS);
        ApiResponse broken = new PerFormatResponse(
                new RawResponse(200, ResponseFormat.JSON.contentType(), missingComma(items), Map.of()),
                new RawResponse(200, ResponseFormat.XML.contentType(), mismatchedTag(items), Map.of()));
        return new DemoJob(new JobSummary(DemoJobs.INVALID_JSON, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-20T01:00:02Z"), DemoTimes.at("2026-03-20T01:26:40Z"),
                120_512, 48_330_112_000L, new FailedCounts(INVALID_JSON_ITEMS.size() - 1, 1)),
                new FailedItemsAnswer.Fault(broken));
    }

    static DemoJob xmlAnyway() {
        FailedItemsBody body = LargeFileServerJob.sample(DemoJobs.XML_ANYWAY, DemoJobs.XML_ANYWAY_ITEMS);
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-emea03", 57,
                "DefaultInstanceName", "defaultBackupSet", 58, "Projects", 113);
        return new DemoJob(new JobSummary(DemoJobs.XML_ANYWAY, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-20T21:00:05Z"), DemoTimes.at("2026-03-20T21:48:19Z"),
                233_018, 911_204_376_576L, FailedCounts.of(body)),
                new FailedItemsAnswer.Fault(new AcceptIgnoringResponse(ResponseFormat.XML, ApiResponse.failedItems(body))));
    }

    private static ObjectNode itemsTree(List<List<String>> items) {
        ObjectNode root = Json.object().put("isFailedItemsCSV", false);
        ArrayNode list = root.putArray("failedItems");
        items.forEach(item -> list.addObject().put("failureReason", item.get(0)).put("entity", item.get(1)));
        return root;
    }

    /** The well-formed JSON with the comma between the broken item's two fields replaced by a space. */
    private static byte[] missingComma(ObjectNode items) {
        try {
            return replaceNth(Json.MAPPER.writeValueAsString(items), ",\"entity\"", BROKEN_ITEM, " \"entity\"");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The well-formed XML with the broken item's end tag misspelt. */
    private static byte[] mismatchedTag(ObjectNode items) {
        String xml = new String(XmlTreeWriter.toXml(XmlFailedItemsSink.ROOT, items), StandardCharsets.UTF_8);
        return replaceNth(xml, "</failedItems>", BROKEN_ITEM, "</failedItem>");
    }

    /** Replaces the occurrence number {@code n} (from 0) of {@code target}. */
    private static byte[] replaceNth(String text, String target, int n, String replacement) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(target, at + 1);
            if (at < 0) {
                throw new IllegalStateException("demo answer has fewer than " + (n + 1) + " " + target);
            }
        }
        return (text.substring(0, at) + replacement + text.substring(at + target.length())).getBytes(StandardCharsets.UTF_8);
    }
}
