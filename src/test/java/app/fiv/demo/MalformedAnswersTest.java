package app.fiv.demo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.MAPPER;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.TestXml.children;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Jobs 2001 to 2003 and 2019: HTTP 200 answers that cannot be read as what was asked for. */
class MalformedAnswersTest extends LoggedInDemoTest {

    private static final String JSON_TYPE = "application/json;charset=utf-8";
    private static final String XML_TYPE = "application/xml;charset=utf-8";

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void emptyBodyHasContentLengthZero(String accept) {
        HttpResponse<byte[]> response = client.getBytes(failedItems(DemoJobs.EMPTY_BODY), token, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(accept.equals(JSON) ? JSON_TYPE : XML_TYPE);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("0");
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void plainTextSaysTheServiceIsStarting(String accept) {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.PLAIN_TEXT_200), token, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(response.body()).isEqualTo("Service is starting, please retry.");
    }

    @Test
    void invalidJsonBreaksInTheFourthItemOfACompleteList() throws IOException {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.INVALID_JSON), token, JSON);
        String body = response.body();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON_TYPE);
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(body.length()));
        assertThat(completeItemsBeforeTheError(body)).isEqualTo(3);
        assertThat(catchThrowableOfType(() -> MAPPER.readTree(body), JsonParseException.class).getMessage())
                .contains("was expecting comma");
        JsonNode repaired = json(body.replace("\" \"entity\"", "\",\"entity\""));
        assertThat(repaired.path("isFailedItemsCSV").asBoolean(true)).isFalse();
        assertThat(repaired.path("failedItems")).hasSize(6);
        assertThat(repaired.path("failedItems").get(3).path("entity").asText()).isEqualTo("/var/lib/atlas/queue/spool.db");
    }

    @Test
    void invalidXmlHasAMismatchedEndTagInAnOtherwiseCompleteDocument() throws Exception {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.INVALID_JSON), token, XML);
        String body = response.body();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML_TYPE);
        assertThatThrownBy(() -> TestXml.parse(bytes(body))).isInstanceOf(SAXParseException.class)
                .hasMessageContaining("failedItems");
        Element repaired = TestXml.parse(bytes(body.replace("</failedItem>", "</failedItems>")));
        List<Element> items = children(repaired, "failedItems");
        assertThat(items).hasSize(6);
        assertThat(items.get(3).getAttribute("entity")).isEqualTo("/var/lib/atlas/queue/spool.db");
        JsonNode fromJson = json(client.get(failedItems(DemoJobs.INVALID_JSON), token, JSON).body()
                .replace("\" \"entity\"", "\",\"entity\""));
        assertThat(items).extracting(item -> item.getAttribute("failureReason")).containsExactlyElementsOf(
                FailedItemsTest.list(fromJson.path("failedItems")).stream().map(item -> item.path("failureReason").asText()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void xmlAnywayAnswersXmlWhateverWasAsked(String accept) throws Exception {
        HttpResponse<byte[]> response = client.getBytes(failedItems(DemoJobs.XML_ANYWAY), token, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML_TYPE);
        Element root = TestXml.parse(response.body());
        assertThat(root.getTagName()).isEqualTo("CVGui_JobFailedItemsResp");
        assertThat(root.getAttribute("isFailedItemsCSV")).isEqualTo("false");
        List<Element> items = children(root, "failedItems");
        assertThat(items).hasSize(DemoJobs.XML_ANYWAY_ITEMS);
        assertThat(items).allSatisfy(item -> assertThat(item.getAttribute("entity")).startsWith("D:\\Shares\\Projects\\"));
        assertThat(items).extracting(item -> item.getAttribute("failureReason")).contains("Access is denied.")
                .allSatisfy(reason -> assertThat(reason).endsWith("."));
    }

    /** Reads the body as a token stream until the syntax error, counting the list items that ended before it. */
    private static int completeItemsBeforeTheError(String body) throws IOException {
        int complete = 0;
        try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_OBJECT && parser.getParsingContext().inArray()) {
                    complete++;
                }
            }
        } catch (JsonParseException expected) {
            return complete;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String failedItems(long jobId) {
        return "/Job/" + jobId + "/FailedItems";
    }
}
