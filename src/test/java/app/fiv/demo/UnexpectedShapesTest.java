package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.util.List;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.FailedItemsTest.fieldNames;
import static app.fiv.demo.FailedItemsTest.list;
import static app.fiv.demo.MalformedAnswersTest.failedItems;
import static app.fiv.demo.TestXml.children;
import static org.assertj.core.api.Assertions.assertThat;

/** Jobs 2004, 2006, 2007 and 2016: well-formed answers of shapes the documentation does not describe. */
class UnexpectedShapesTest extends LoggedInDemoTest {

    @Test
    void otherShapeIsAnEmptyJobList() throws Exception {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.OTHER_SHAPE), token, JSON);
        Element xml = xml(DemoJobs.OTHER_SHAPE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"totalRecordsWithoutPaging\":0,\"jobs\":[]}");
        assertThat(xml.getTagName()).isEqualTo("JobManager_JobListResponse");
        assertThat(xml.getAttribute("totalRecordsWithoutPaging")).isEqualTo("0");
        assertThat(xml.getAttributes().getLength()).isEqualTo(1);
        assertThat(xml.hasChildNodes()).isFalse();
    }

    @Test
    void flagSaysCsvButTheContentIsAList() throws Exception {
        JsonNode body = jsonBody(DemoJobs.FLAG_CONTRADICTS);
        Element xml = xml(DemoJobs.FLAG_CONTRADICTS);

        assertThat(fieldNames(body)).containsExactly("isFailedItemsCSV", "failedItems");
        assertThat(body.path("isFailedItemsCSV").booleanValue()).isTrue();
        List<JsonNode> items = list(body.path("failedItems"));
        assertThat(items).hasSize(4).allSatisfy(item ->
                assertThat(fieldNames(item)).containsExactly("failureReason", "entity"));
        assertThat(items.get(0).path("entity").asText()).isEqualTo("F:\\Finance\\Payroll\\2026\\03\\payroll-run-0314.xlsx");
        assertThat(xml.getAttribute("isFailedItemsCSV")).isEqualTo("true");
        assertThat(children(xml, "failedItems")).hasSize(4);
        assertThat(children(xml, "failedItemsCSV")).isEmpty();
    }

    @Test
    void nullItemsIsNothingElse() throws Exception {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.NULL_ITEMS), token, JSON);
        HttpResponse<String> xml = client.get(failedItems(DemoJobs.NULL_ITEMS), token, XML);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"failedItems\":null}");
        assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/xml;charset=utf-8");
        Element root = TestXml.parse(xml.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(root.getTagName()).isEqualTo("CVGui_JobFailedItemsResp");
        assertThat(root.getAttributes().getLength()).isZero();
        assertThat(root.hasChildNodes()).isFalse();
    }

    @Test
    void errListIsCommvaultsOtherErrorForm() throws Exception {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.ERRLIST_200), token, JSON);
        Element xml = xml(DemoJobs.ERRLIST_200);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(json("{\"errList\":[{\"errorCode\":1136,\"errLogMessage\":"
                + "\"Access denied: user does not have View permission on the client.\",\"errorType\":0}]}"));
        assertThat(xml.getTagName()).isEqualTo("CVGui_JobFailedItemsResp");
        assertThat(xml.getAttributes().getLength()).isZero();
        List<Element> errors = children(xml, "errList");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getAttribute("errorCode")).isEqualTo("1136");
        assertThat(errors.get(0).getAttribute("errLogMessage"))
                .isEqualTo("Access denied: user does not have View permission on the client.");
        assertThat(errors.get(0).getAttribute("errorType")).isEqualTo("0");
    }

    static JsonNode jsonBody(long jobId) {
        HttpResponse<byte[]> response = client.getBytes(failedItems(jobId), token, JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        return json(response.body());
    }

    static Element xml(long jobId) throws Exception {
        HttpResponse<byte[]> response = client.getBytes(failedItems(jobId), token, XML);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=utf-8");
        return TestXml.parse(response.body());
    }
}
