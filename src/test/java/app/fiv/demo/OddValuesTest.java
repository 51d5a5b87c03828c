package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.FailedItemsTest.list;
import static app.fiv.demo.MalformedAnswersTest.failedItems;
import static app.fiv.demo.TestXml.children;
import static app.fiv.demo.TestXml.texts;
import static app.fiv.demo.UnexpectedShapesTest.jsonBody;
import static app.fiv.demo.UnexpectedShapesTest.xml;
import static org.assertj.core.api.Assertions.assertThat;

/** Jobs 2008 and 2009: list items that are not objects, and item values that are not strings. */
class OddValuesTest extends LoggedInDemoTest {

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML, "*/*"})
    void itemsThatAreNotObjectsComeAsJsonWhateverWasAsked(String accept) {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.ITEMS_NOT_OBJECTS), token, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode body = json(response.body());
        assertThat(body.path("isFailedItemsCSV").isBoolean()).isTrue();
        assertThat(body.path("failedItems")).isEqualTo(json("[\"C:\\\\Users\\\\lnguyen\\\\Documents\\\\Expenses March.xlsx\","
                + "42,\"C:\\\\Users\\\\lnguyen\\\\AppData\\\\Local\\\\Temp\\\\~DF3A91.tmp\",5,"
                + "\"C:\\\\Users\\\\lnguyen\\\\OneDrive - Contoso\\\\Desktop\\\\\"]"));
    }

    @Test
    void mixedValuesIncludeEveryJsonType() {
        List<JsonNode> items = list(jsonBody(DemoJobs.MIXED_VALUE_TYPES).path("failedItems"));
        Set<JsonNodeType> types = items.stream()
                .flatMap(item -> FailedItemsTest.fieldNames(item).stream().map(name -> item.get(name).getNodeType()))
                .collect(Collectors.toSet());

        assertThat(items).hasSize(6);
        assertThat(items.get(0)).isEqualTo(json("{\"failureReason\":\"Access is denied.\","
                + "\"entity\":\"\\\\\\\\nas03\\\\engineering\\\\CAD\\\\Pump housing rev C.dwg\",\"size\":1048576,"
                + "\"retried\":false,\"owner\":null,\"details\":{\"code\":5,\"stage\":\"scan\"},\"streams\":[1,2]}"));
        assertThat(types).containsExactlyInAnyOrder(JsonNodeType.STRING, JsonNodeType.NUMBER, JsonNodeType.BOOLEAN,
                JsonNodeType.NULL, JsonNodeType.OBJECT, JsonNodeType.ARRAY);
        assertThat(items.get(1).path("size").isLong()).isTrue();
        assertThat(items.get(4).path("size").isDouble()).isTrue();
        assertThat(items.get(5).path("attempts").get(0).isObject()).isTrue();
    }

    @Test
    void mixedValuesAsXmlAreAttributesAndChildElements() throws Exception {
        Element first = children(xml(DemoJobs.MIXED_VALUE_TYPES), "failedItems").get(0);

        assertThat(first.getAttribute("size")).isEqualTo("1048576");
        assertThat(first.getAttribute("retried")).isEqualTo("false");
        assertThat(first.hasAttribute("owner")).isFalse();
        List<Element> details = children(first, "details");
        assertThat(details).hasSize(1);
        assertThat(details.get(0).getAttribute("code")).isEqualTo("5");
        assertThat(details.get(0).getAttribute("stage")).isEqualTo("scan");
        assertThat(texts(children(first, "streams"))).containsExactly("1", "2");
    }
}
