package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.FailedItemsTest.list;
import static app.fiv.demo.MalformedAnswersTest.failedItems;
import static app.fiv.demo.TestXml.children;
import static app.fiv.demo.UnexpectedShapesTest.xml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job 2013: text that is hard to show, store and export. The expected strings are written out
 * here again, not taken from the demo's code, so a change on either side shows.
 */
class OddTextTest extends LoggedInDemoTest {

    /** Items 2 to 10, reason then path. */
    private static final List<List<String>> SHORT_ITEMS = List.of(
            List.of("Invalid argument", "/srv/import/daily/sales\t2026-03-21\tfinal.tsv"),
            List.of("Access is denied.\r\n", "C:\\Users\\Public\\Documents\\readme.txt"),
            List.of("No such file or directory", "/home/build/tmp/first line\nsecond line.log"),
            List.of("Corrupted stream header (type \u0001)", "/srv/ftp/incoming/\u001B[31mURGENT\u001B[0m invoice\u0007.pdf"),
            List.of("\u062A\u0645 \u0631\u0641\u0636 \u0627\u0644\u0648\u0635\u0648\u0644. (Access is denied.)",
                    "D:\\Shares\\Sales\\\u062A\u0642\u0627\u0631\u064A\u0631\\\u062A\u0642\u0631\u064A\u0631 "
                            + "\u0627\u0644\u0645\u0628\u064A\u0639\u0627\u062A Q1 2026.xlsx"),
            List.of("The process cannot access the file because it is being used by another process.",
                    "\\\\fs02\\legal\\\u05D7\u05D5\u05D6\u05D9\u05DD\\\u05D7\u05D5\u05D6\u05D4 "
                            + "\u05E9\u05DB\u05D9\u05E8\u05D5\u05EA - final v2.docx"),
            List.of("Access is denied.", "C:\\Users\\dcohen\\Downloads\\invoice_\u202Excod.exe"),
            List.of("File changed during backup (size or modification time differs)",
                    "/home/mia/Pictures/\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 Family/"
                            + "\uD83D\uDC69\u200D\uD83D\uDCBB hackathon \uD83C\uDDEF\uD83C\uDDF5 Tokyo \uD83D\uDC4D\uD83C\uDFFD.jpg"),
            List.of("Operation not supported",
                    "/Volumes/Projects/Cafe\u0301 Re\u0301sume\u0301/Ca\u0300 phe\u0302 su\u031B\u0303a Vie\u0323\u0302t.pages"));

    private static String rawJson;
    private static List<JsonNode> items;

    @BeforeAll
    static void fetch() {
        HttpResponse<byte[]> response = client.getBytes(failedItems(DemoJobs.ODD_TEXT), token, JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        rawJson = new String(response.body(), StandardCharsets.UTF_8);
        items = list(json(response.body()).path("failedItems"));
    }

    @Test
    void tenItemsTheFirstWithAOneMebibytePath() {
        String longPath = items.get(0).path("entity").asText();

        assertThat(items).hasSize(DemoJobs.ODD_TEXT_ITEMS).hasSize(10);
        assertThat(items.get(0).path("failureReason").asText()).isEqualTo("The file name is too long.");
        assertThat(longPath).hasSize(1_048_576).hasSize(DemoJobs.ODD_TEXT_LONGEST_CELL);
        assertThat(longPath.getBytes(StandardCharsets.UTF_8)).hasSize(1_048_576);
        assertThat(longPath).startsWith("C:\\Users\\rvasquez\\AppData\\Local\\Application Data\\Application Data\\")
                .endsWith("\\Application Data\\Temp\\~DF8A3C41.TMP");
        assertThat(longPath.split("\\\\Application Data", -1)).hasSize(61_679);
    }

    @Test
    void theOtherItemsAreExactlyTheDocumentedStrings() {
        assertThat(items.subList(1, items.size()))
                .extracting(item -> List.of(item.path("failureReason").asText(), item.path("entity").asText()))
                .containsExactlyElementsOf(SHORT_ITEMS);
    }

    @Test
    void controlCharactersAreEscapedOnTheWire() {
        assertThat(rawJson)
                .contains("\"/srv/import/daily/sales\\t2026-03-21\\tfinal.tsv\"")
                .contains("\"Access is denied.\\r\\n\"")
                .contains("first line\\nsecond line.log")
                .contains("(type \\u0001)")
                .contains("/srv/ftp/incoming/\\u001B[31mURGENT\\u001B[0m invoice\\u0007.pdf")
                .doesNotContain("\u0001", "\u0007", "\u001B", "\t", "\r", "\n");
    }

    @Test
    void scriptsAndSequencesArriveIntact() {
        String arabic = SHORT_ITEMS.get(4).get(1);
        String emoji = SHORT_ITEMS.get(7).get(1);
        String decomposed = SHORT_ITEMS.get(8).get(1);

        assertThat(arabic.codePoints()).anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
        assertThat(SHORT_ITEMS.get(5).get(1).codePoints())
                .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HEBREW);
        assertThat(emoji.codePointCount(0, emoji.length())).isLessThan(emoji.length());
        assertThat(emoji).contains("\u200D", "\uD83C\uDDEF\uD83C\uDDF5");
        assertThat(Normalizer.isNormalized(decomposed, Normalizer.Form.NFD)).isTrue();
        assertThat(Normalizer.normalize(decomposed, Normalizer.Form.NFC)).isNotEqualTo(decomposed)
                .contains("Café Résumé/Cà phê sữa Việt.pages");
        assertThat(rawJson).contains(arabic.replace("\\", "\\\\"), decomposed)
                // Jackson sends characters beyond the BMP as escaped surrogate pairs, the rest as UTF-8.
                .contains("/\\uD83D\\uDC69\u200D\\uD83D\\uDCBB hackathon \\uD83C\\uDDEF\\uD83C\\uDDF5 Tokyo ");
    }

    @Test
    void xmlCarriesTheSameTextButForControlsXmlCannotHold() throws Exception {
        List<Element> xmlItems = children(xml(DemoJobs.ODD_TEXT), "failedItems");

        assertThat(xmlItems).hasSize(10);
        assertThat(xmlItems.get(0).getAttribute("entity")).isEqualTo(items.get(0).path("entity").asText());
        assertThat(xmlItems.subList(1, xmlItems.size()))
                .extracting(item -> List.of(item.getAttribute("failureReason"), item.getAttribute("entity")))
                .containsExactlyElementsOf(SHORT_ITEMS.stream().map(item -> item.stream()
                        .map(text -> text.replaceAll("[\u0001\u0007\u001B]", "\uFFFD")).toList()).toList());
    }
}
