package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.base64;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.DemoClient.loginBody;
import static app.fiv.demo.TestXml.children;
import static org.assertj.core.api.Assertions.assertThat;

/** Jobs 2022 to 2028 and the user {@code escapes}: the hostile answers send exactly what {@link DemoJobs} says. */
class HostileAnswersTest extends LoggedInDemoTest {
    private static final String XML_TYPE = "application/xml;charset=utf-8";

    private static String failedItems(long jobId) {
        return "/Job/" + jobId + "/FailedItems";
    }

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void theNestedXmlAnswersAreXmlWhateverWasAsked(String accept) {
        HttpResponse<String> small = client.get(failedItems(DemoJobs.XML_NESTED_VALUE), token, accept);
        HttpResponse<String> deep = client.get(failedItems(DemoJobs.XML_NESTED_TOO_DEEP), token, accept);

        assertThat(small.headers().firstValue("Content-Type")).hasValue(XML_TYPE);
        assertThat(small.body()).isEqualTo("<r><failedItems>" + "<a>".repeat(31) + "x"
                + "</a>".repeat(31) + "</failedItems></r>").hasSize(252);
        assertThat(deep.body()).contains("<a>".repeat(DemoJobs.XML_NESTED_TOO_DEEP_DEPTH) + "x</a>")
                .doesNotContain("<a>".repeat(DemoJobs.XML_NESTED_TOO_DEEP_DEPTH + 1));
    }

    @Test
    void theSplitValueIsThreeRunsOfLettersBetweenComments() {
        HttpResponse<byte[]> response = client.getBytes(failedItems(DemoJobs.XML_SPLIT_VALUE), token, JSON);
        String body = new String(response.body(), StandardCharsets.ISO_8859_1);

        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML_TYPE);
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        String value = body.substring(body.indexOf("<entity>") + 8, body.indexOf("</entity>"));
        String[] runs = value.split("<!-- continued -->", -1);
        assertThat(runs).hasSize(DemoJobs.XML_SPLIT_VALUE_RUNS);
        for (String run : runs) {
            assertThat(run).hasSize(DemoJobs.XML_SPLIT_VALUE_RUN_CHARS).matches("x+");
        }
        assertThat(DemoJobs.XML_SPLIT_VALUE_RUNS * DemoJobs.XML_SPLIT_VALUE_RUN_CHARS).isEqualTo(75_497_472);
    }

    @Test
    void everyItemOfTheWideJobsBringsAKeyOfItsOwn() {
        JsonNode wide = json(client.get(failedItems(DemoJobs.KEY_PER_ITEM), token, JSON).body()).path("failedItems");
        JsonNode tooWide = json(client.get(failedItems(DemoJobs.TOO_MANY_KEYS), token, JSON).body()).path("failedItems");

        assertThat(wide).hasSize(DemoJobs.KEY_PER_ITEM_ITEMS);
        assertThat(keys(wide)).hasSize(1_000).contains("failureReason", "entity", "item-00001", "item-00998");
        assertThat(tooWide).hasSize(DemoJobs.TOO_MANY_KEYS_ITEMS);
        assertThat(keys(tooWide)).hasSize(DemoJobs.TOO_MANY_KEYS_ITEMS);
        assertThat(tooWide.get(0).toString()).isEqualTo("{\"item-00001\":\"x\"}");
        assertThat(client.getBytes(failedItems(DemoJobs.TOO_MANY_KEYS), token, JSON).body().length)
                .isBetween(290_000, 310_000);
    }

    @Test
    void theWideJobsAreTheSameInXml() throws Exception {
        Element root = TestXml.parse(client.getBytes(failedItems(DemoJobs.KEY_PER_ITEM), token, XML).body());
        List<Element> items = children(root, "failedItems");

        assertThat(items).hasSize(DemoJobs.KEY_PER_ITEM_ITEMS);
        assertThat(items.get(997).getAttribute("item-00998")).isEqualTo("x");
        assertThat(items.get(997).getAttribute("entity")).isEqualTo("\\\\scan-gw\\inbox\\batch-00998.tif");
    }

    @Test
    void theTerminalEscapesAreSentAsTheyAre() throws Exception {
        JsonNode error = json(client.get(failedItems(DemoJobs.TERMINAL_ESCAPES), token, JSON).body());
        JsonNode summary = json(client.get("/Job/" + DemoJobs.TERMINAL_ESCAPES, token, JSON).body())
                .path("jobs").get(0).path("jobSummary");
        Element xml = TestXml.parse(client.getBytes(failedItems(DemoJobs.TERMINAL_ESCAPES), token, XML).body());

        assertThat(error.path("errorCode").asInt()).isEqualTo(19);
        assertThat(error.path("errorMessage").asText()).isEqualTo(HostileAnswerJobs.TERMINAL_ESCAPES)
                .contains("\u001B[2J", "\u001B]0;", "\u0007", "\r\nError: none, all good", "\u009B", "\u202E");
        assertThat(summary.path("subclient").path("clientName").asText()).contains("\u001B[31m", "\r\n");
        assertThat(summary.path("status").asText()).contains("\u001B]0;");
        assertThat(xml.getAttribute("errorMessage")).contains("\uFFFD[2J", "\r\nError: none, all good", "\u009B")
                .doesNotContain("\u001B");
    }

    @Test
    void theUserEscapesIsRefusedWithTheSameText() {
        JsonNode refusal = json(client.post("/Login", loginBody("escapes", base64("any")), null, JSON).body());

        assertThat(refusal.has("token")).isFalse();
        assertThat(refusal.path("errList").get(0).path("errLogMessage").asText())
                .isEqualTo(HostileAnswerJobs.TERMINAL_ESCAPES);
    }

    @Test
    void theFormulaLookalikesBeginWithWhatTheyPromise() throws Exception {
        JsonNode items = json(client.get(failedItems(DemoJobs.FORMULA_LOOKALIKES), token, JSON).body()).path("failedItems");
        Element xml = TestXml.parse(client.getBytes(failedItems(DemoJobs.FORMULA_LOOKALIKES), token, XML).body());

        assertThat(items).hasSize(DemoJobs.FORMULA_LOOKALIKES_ITEMS);
        List<String> starts = new java.util.ArrayList<>();
        items.forEach(item -> starts.add(item.path("entity").asText().substring(0, 1)));
        assertThat(starts).startsWith("=", " ", "\u00A0", "\u3000", "\n", "\u0000", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20");
        assertThat(items.get(10).path("failureReason").asText()).startsWith("\t=");
        assertThat(children(xml, "failedItems").get(5).getAttribute("entity")).isEqualTo("\uFFFD@SUM(1)");
        assertThat(children(xml, "failedItems").get(4).getAttribute("entity")).isEqualTo("\n-2+3");
    }

    private static Set<String> keys(JsonNode items) {
        Set<String> keys = new HashSet<>();
        items.forEach(item -> item.fieldNames().forEachRemaining(keys::add));
        return keys;
    }
}
