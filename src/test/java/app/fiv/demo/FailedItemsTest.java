package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class FailedItemsTest extends LoggedInDemoTest {

    /** SHA-256 of the API documentation samples in /work/shared/api/samples, to catch edits of the copies. */
    private static final String LIST_SAMPLE_SHA256 = "a144d32f08ca1a783e64f0999fe02b800f9b08e668bac32ef6a135c59a599b9c";
    private static final String CSV_SAMPLE_SHA256 = "085f35abd6a39340470d2c163b4f36920409c2aa05c596dd88cc409335ca466e";

    @Test
    void listSampleIsServedVerbatim() throws Exception {
        HttpResponse<byte[]> response = client.getBytes("/Job/1001/FailedItems", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(response.body()).isEqualTo(resource("failed-items-list.json"));
        assertThat(sha256(response.body())).isEqualTo(LIST_SAMPLE_SHA256);
    }

    @Test
    void csvSampleIsServedVerbatim() throws Exception {
        HttpResponse<byte[]> response = client.getBytes("/Job/1002/FailedItems", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(resource("failed-items-csv.json"));
        assertThat(sha256(response.body())).isEqualTo(CSV_SAMPLE_SHA256);
    }

    @Test
    void linuxServerHasUnixPathsTenReasonsAndNonLatinNames() {
        JsonNode body = items(DemoJobs.LINUX_SERVER);
        List<JsonNode> items = list(body.path("failedItems"));

        assertThat(body.path("isFailedItemsCSV").asBoolean()).isFalse();
        assertThat(items).hasSize(150);
        assertThat(items).allSatisfy(item -> assertThat(item.path("entity").asText()).startsWith("/"));
        assertThat(items).allSatisfy(item -> assertThat(fieldNames(item)).containsExactly("failureReason", "entity"));
        assertThat(distinct(items, "failureReason")).hasSize(10).contains("Permission denied", "Stale NFS file handle");
        assertThat(distinct(items, "entity")).contains(
                "/home/yuki/ドキュメント/報告書_2026年3月.pdf",
                "/srv/data/отчёты/Квартальный отчёт.xlsx",
                "/home/sam/Photos 📷/plage 🌊 été.jpg");
    }

    @Test
    void uncItemsHaveExtraKeysInFirstSeenOrder() {
        List<JsonNode> items = list(items(DemoJobs.UNC_EXTRA_KEYS).path("failedItems"));
        Set<String> firstSeen = new LinkedHashSet<>();
        items.forEach(item -> firstSeen.addAll(fieldNames(item)));

        assertThat(firstSeen).containsExactly("entity", "failureReason", "itemType", "errorCode", "sizeBytes", "ownerSid");
        assertThat(items).allSatisfy(item -> assertThat(item.path("entity").asText()).startsWith("\\\\nas02\\finance\\"));
        assertThat(items.subList(0, 4)).allSatisfy(item -> assertThat(item.size()).isEqualTo(3));
        assertThat(items.stream().map(FailedItemsTest::fieldNames).distinct().count()).isGreaterThan(3);
        assertThat(items.get(4).path("errorCode").isInt()).isTrue();
        assertThat(items.stream().filter(item -> item.has("ownerSid"))).containsExactly(items.get(items.size() - 1));
        assertThat(items.stream().filter(item -> item.has("sizeBytes")).map(item -> item.path("sizeBytes").asLong()))
                .contains(2_147_483_650L);
    }

    @Test
    void largeFileServerStreamsFiftyThousandItemsWithSkewedReasons() {
        HttpResponse<byte[]> response = client.getBytes("/Job/1005/FailedItems", token, JSON);
        List<JsonNode> items = list(json(response.body()).path("failedItems"));
        Map<String, Long> reasons = items.stream()
                .collect(Collectors.groupingBy(item -> item.path("failureReason").asText(), Collectors.counting()));

        // Chunked the first time, from memory with a Content-Length later: RenderedAnswersTest.
        assertThat(items).hasSize(DemoJobs.LARGE_FILE_SERVER_ITEMS);
        assertThat(reasons).hasSize(20).containsKeys("Access is denied.", "The file name is too long.");
        assertThat(reasons.get("Access is denied.")).isGreaterThan(items.size() / 4);
        assertThat(reasons.values()).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(items).allSatisfy(item -> assertThat(item.path("entity").asText())
                .startsWith("D:\\Shares\\Projects\\").hasSizeBetween(40, 120));
    }

    @Test
    void generatedDataIsTheSameOnEveryRequest() {
        byte[] first = client.getBytes("/Job/1005/FailedItems", token, JSON).body();
        byte[] second = client.getBytes("/Job/1005/FailedItems", token, JSON).body();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void exchangeMailboxesUseTheCsvShape() {
        JsonNode body = items(DemoJobs.EXCHANGE_MAILBOXES);
        JsonNode csv = body.path("failedItemsCSV");
        List<JsonNode> rows = list(csv.path("rows"));

        assertThat(body.path("isFailedItemsCSV").asBoolean()).isTrue();
        assertThat(body.has("failedItems")).isFalse();
        assertThat(list(csv.path("columns")).stream().map(JsonNode::asText))
                .containsExactly("Item Type", "Item Name", "Mailbox", "Path", "Status", "Reason", "GUID");
        assertThat(rows).hasSize(300);
        assertThat(rows).allSatisfy(row -> assertThat(row.path("row").size()).isEqualTo(7));
        assertThat(rows.stream().map(row -> row.path("row").get(0).asText()).distinct())
                .contains("Mailbox", "Folder", "Message");
        assertThat(rows.stream().map(row -> row.path("row").get(5).asText()))
                .anyMatch(reason -> reason.contains("Status code [429]"))
                .anyMatch(reason -> reason.contains("exceeds the maximum supported item size"));
    }

    @Test
    void jobWithoutFailuresHasAnEmptyList() {
        HttpResponse<String> response = client.get("/Job/1007/FailedItems", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.path("isFailedItemsCSV").isBoolean()).isTrue();
        assertThat(body.path("isFailedItemsCSV").asBoolean()).isFalse();
        assertThat(body.path("failedItems").isArray()).isTrue();
        assertThat(body.path("failedItems")).isEmpty();
    }

    @Test
    void errorCanComeWithStatus200() {
        HttpResponse<String> response = client.get("/Job/1008/FailedItems", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("errorCode").asInt()).isEqualTo(19);
        assertThat(json(response.body()).path("errorMessage").asText()).contains("index");
        assertThat(json(response.body()).has("failedItems")).isFalse();
    }

    @Test
    void serverErrorIs500() {
        HttpResponse<String> response = client.get("/Job/1009/FailedItems", token, JSON);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response.body()).path("errorCode").asInt()).isEqualTo(500);
    }

    @Test
    void missingJobIs404() {
        HttpResponse<String> response = client.get("/Job/4040/FailedItems", token, JSON);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response.body()).path("errorCode").asInt()).isEqualTo(2);
        assertThat(json(response.body()).path("errorMessage").asText()).isEqualTo("Job [4040] was not found.");
    }

    private static JsonNode items(long jobId) {
        HttpResponse<byte[]> response = client.getBytes("/Job/" + jobId + "/FailedItems", token, JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> distinct(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.path(field).asText()).collect(Collectors.toSet());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoCommServe.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
