package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static app.fiv.demo.FailedItemsTest.fieldNames;
import static app.fiv.demo.FailedItemsTest.list;
import static app.fiv.demo.TestXml.children;
import static app.fiv.demo.TestXml.texts;
import static app.fiv.demo.UnexpectedShapesTest.jsonBody;
import static app.fiv.demo.UnexpectedShapesTest.xml;
import static org.assertj.core.api.Assertions.assertThat;

/** Jobs 2005 and 2010 to 2012: the CSV shape without its flag, or with a header that does not fit. */
class CsvOdditiesTest extends LoggedInDemoTest {

    @Test
    void csvWithoutTheFlag() throws Exception {
        JsonNode body = jsonBody(DemoJobs.CSV_WITHOUT_FLAG);
        Element xml = xml(DemoJobs.CSV_WITHOUT_FLAG);

        assertThat(fieldNames(body)).containsExactly("failedItemsCSV");
        assertThat(strings(body.path("failedItemsCSV").path("columns")))
                .containsExactly("Item Type", "Item Name", "Site", "Path", "Status", "Reason", "GUID");
        assertThat(rowSizes(body)).containsExactly(7, 7, 7, 7);
        assertThat(xml.hasAttribute("isFailedItemsCSV")).isFalse();
        assertThat(texts(children(children(xml, "failedItemsCSV").get(0), "columns"))).hasSize(7).startsWith("Item Type");
    }

    @Test
    void raggedRowsAreShorterAndLongerThanTheHeader() throws Exception {
        JsonNode body = jsonBody(DemoJobs.CSV_RAGGED_ROWS);
        Element csv = children(xml(DemoJobs.CSV_RAGGED_ROWS), "failedItemsCSV").get(0);

        assertThat(body.path("isFailedItemsCSV").booleanValue()).isTrue();
        assertThat(body.path("failedItemsCSV").path("columns")).hasSize(5);
        assertThat(rowSizes(body)).containsExactly(3, 5, 8, 5, 4, 6);
        assertThat(children(csv, "columns")).hasSize(5);
        assertThat(children(csv, "rows")).extracting(row -> children(row, "row").size()).containsExactly(3, 5, 8, 5, 4, 6);
    }

    @Test
    void oddHeaderHasDuplicateEmptyAndBlankNames() throws Exception {
        JsonNode body = jsonBody(DemoJobs.CSV_ODD_HEADER);
        Element csv = children(xml(DemoJobs.CSV_ODD_HEADER), "failedItemsCSV").get(0);

        assertThat(strings(body.path("failedItemsCSV").path("columns"))).containsExactly("Path", "Reason", "Path", "", " ", "Reason");
        assertThat(rowSizes(body)).containsExactly(6, 6, 6, 6, 6);
        assertThat(texts(children(csv, "columns"))).containsExactly("Path", "Reason", "Path", "", " ", "Reason");
    }

    @Test
    void noColumnsAtAll() throws Exception {
        JsonNode body = jsonBody(DemoJobs.CSV_NO_COLUMNS);
        Element xml = xml(DemoJobs.CSV_NO_COLUMNS);

        assertThat(body.path("isFailedItemsCSV").booleanValue()).isTrue();
        assertThat(fieldNames(body.path("failedItemsCSV"))).containsExactly("rows");
        assertThat(rowSizes(body)).containsExactly(7, 7, 7);
        Element csv = children(xml, "failedItemsCSV").get(0);
        assertThat(children(csv, "columns")).isEmpty();
        assertThat(children(csv, "rows")).hasSize(3);
    }

    private static List<Integer> rowSizes(JsonNode body) {
        return list(body.path("failedItemsCSV").path("rows")).stream().map(row -> row.path("row").size()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }
}
