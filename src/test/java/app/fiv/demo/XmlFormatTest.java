package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.base64;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.DemoClient.loginBody;
import static app.fiv.demo.TestXml.children;
import static app.fiv.demo.TestXml.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Commvault answers XML unless asked for JSON; scalars are attributes, lists repeated elements. */
class XmlFormatTest extends LoggedInDemoTest {

    private static final String XML_TYPE = "application/xml;charset=utf-8";

    @Test
    void failedItemsAreXmlWhenAcceptIsMissing() throws Exception {
        HttpResponse<byte[]> response = client.getBytes("/Job/1001/FailedItems", token, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML_TYPE);
        Element root = parse(response.body());
        assertThat(root.getTagName()).isEqualTo("CVGui_JobFailedItemsResp");
        assertThat(root.getAttribute("isFailedItemsCSV")).isEqualTo("false");
        List<Element> items = children(root, "failedItems");
        assertThat(items).extracting(item -> item.getAttribute("entity")).containsExactly(
                "C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\",
                "C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt");
        assertThat(items).extracting(item -> item.getAttribute("failureReason")).containsOnly("Access is denied.");
    }

    @Test
    void csvShapeAsXml() throws Exception {
        Element root = parse(client.getBytes("/Job/1002/FailedItems", token, XML).body());

        assertThat(root.getAttribute("isFailedItemsCSV")).isEqualTo("true");
        Element csv = children(root, "failedItemsCSV").get(0);
        assertThat(children(csv, "columns")).extracting(Element::getTextContent)
                .containsExactly("Item Type", "Item Name", "Team Name", "Path", "Status", "Reason", "GUID");
        List<Element> rows = children(csv, "rows");
        assertThat(rows).hasSize(1);
        assertThat(children(rows.get(0), "row")).extracting(Element::getTextContent)
                .startsWith("Channel", "General", "WikiTestTeam1", "\\WikiTestTeam1", "Failed").hasSize(7);
    }

    @Test
    void xmlCarriesTheSameNonLatinPathsAsJson() throws Exception {
        Element root = parse(client.getBytes("/Job/1003/FailedItems", token, XML).body());
        JsonNode json = json(client.getBytes("/Job/1003/FailedItems", token, JSON).body());

        List<String> fromXml = children(root, "failedItems").stream().map(item -> item.getAttribute("entity")).toList();
        List<String> fromJson = FailedItemsTest.list(json.path("failedItems")).stream()
                .map(item -> item.path("entity").asText()).toList();
        assertThat(fromXml).hasSize(150).isEqualTo(fromJson).contains("/home/sam/Photos 📷/plage 🌊 été.jpg");
    }

    @Test
    void extraKeysBecomeAttributes() throws Exception {
        List<Element> items = children(parse(client.getBytes("/Job/1004/FailedItems", token, XML).body()), "failedItems");

        assertThat(items.get(4).getAttribute("errorCode")).isEqualTo("64");
        assertThat(items.get(items.size() - 1).getAttribute("ownerSid")).startsWith("S-1-5-21-");
    }

    @Test
    void loginAnswersXmlWithoutAcceptHeader() throws Exception {
        HttpResponse<String> response = client.post("/Login", loginBody("demo", base64("failed-items")), null, null);

        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML_TYPE);
        Element root = parse(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(root.getTagName()).isEqualTo("DM2ContentIndexing_CheckCredentialResp");
        assertThat(root.getAttribute("token")).startsWith("QSDK ");
        assertThat(root.getAttribute("userName")).isEqualTo("demo");
    }

    @Test
    void jobSummaryAndErrorsAsXml() throws Exception {
        Element list = parse(client.getBytes("/Job/1005", token, XML).body());
        Element missing = parse(client.getBytes("/Job/4040/FailedItems", token, XML).body());
        Element denied = parse(client.getBytes("/Job/1001/FailedItems", null, null).body());

        assertThat(list.getTagName()).isEqualTo("JobManager_JobListResponse");
        Element summary = children(children(list, "jobs").get(0), "jobSummary").get(0);
        assertThat(summary.getAttribute("jobId")).isEqualTo("1005");
        assertThat(children(summary, "subclient").get(0).getAttribute("clientName")).isEqualTo("fileserver02");
        assertThat(missing.getTagName()).isEqualTo("CVGui_GenericResp");
        assertThat(missing.getAttribute("errorCode")).isEqualTo("2");
        assertThat(denied.getAttribute("errorCode")).isEqualTo("401");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "text/html", "application/xml", "application/xml, application/jsonp"})
    void anythingButJsonGetsXml(String accept) {
        HttpResponse<String> response = client.get("/WhoAmI", token, accept);

        assertThat(response.headers().firstValue("Content-Type")).hasValue(XML_TYPE);
        assertThat(response.body()).startsWith("<");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json, text/plain, */*"})
    void jsonWhenAccepted(String accept) {
        HttpResponse<String> response = client.get("/WhoAmI", token, accept);

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(json(response.body()).path("name").asText()).isEqualTo("demo");
    }
}
