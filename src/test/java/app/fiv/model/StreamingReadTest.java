package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a streaming consumer of the JSON reader is told, and when. */
class StreamingReadTest {

    private static RecordingSink read(String json) throws Exception {
        RecordingSink sink = new RecordingSink();
        FailedItemsJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }

    @Test
    void aLateKeyIsAnnouncedBeforeTheRowThatCarriesIt() throws Exception {
        RecordingSink sink = read("""
                {"failedItems": [{"entity": "/a", "failureReason": "r"}, {"entity": "/b", "size": 3}]}""");

        assertThat(sink.events).containsExactly(
                "begin LIST",
                "columns [entity, failureReason]",
                "row [/a, r]",
                "columns from 2 [size]",
                "row [/b, null, 3]",
                "end");
    }

    @Test
    void csvRowsWiderThanTheHeaderAddGeneratedColumnsBeforeTheRow() throws Exception {
        RecordingSink sink = read("""
                {"failedItemsCSV": {"columns": ["A"], "rows": [{"row": ["a"]}, {"row": ["b", "x"]}]}}""");

        assertThat(sink.events).containsExactly("begin CSV", "columns [A]", "row [a]", "columns from 1 [Column 2]",
                "row [b, x]", "end");
    }

    @Test
    void aSinkIsToldOnlyTheNewKeysNotEveryNameAgain() throws Exception {
        RecordingSink sink = read("""
                {"failedItems": [{"a": "1"}, {"b": "2"}, {"c": "3", "a": "4"}, {"d": "5"}]}""");

        assertThat(sink.events).filteredOn(event -> event.startsWith("columns"))
                .containsExactly("columns [a]", "columns from 1 [b]", "columns from 2 [c]", "columns from 3 [d]");
        assertThat(sink.columns).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aCsvHeaderAfterItsRowsRenamesTheColumnsFromTheFirst() throws Exception {
        RecordingSink sink = read("""
                {"failedItemsCSV": {"rows": [{"row": ["a", "b", "c"]}], "columns": ["Path", "Path"]}}""");

        assertThat(sink.events).containsExactly("begin CSV", "columns [Column 1, Column 2, Column 3]", "row [a, b, c]",
                "columns [Path, Path (2), Column 3]", "end");
    }

    @Test
    void anEmptyJobStillGetsItsColumnsAndAnEnd() throws Exception {
        assertThat(read("{\"isFailedItemsCSV\": false, \"failedItems\": []}").events)
                .containsExactly("begin LIST", "columns [failureReason, entity]", "end");
    }

    @Test
    void anEmptyListBesideACsvSectionIsNotAConflict() throws Exception {
        RecordingSink sink = read("""
                {"failedItems": [], "failedItemsCSV": {"columns": ["A"], "rows": [{"row": ["a"]}]}}""");

        assertThat(sink.events).containsExactly("begin CSV", "columns [A]", "row [a]", "end");
    }

    @Test
    void dataInBothShapesIsRefusedNotHalfShown() {
        assertThatThrownBy(() -> read("""
                {"failedItems": [{"entity": "e"}], "failedItemsCSV": {"columns": ["A"], "rows": []}}"""))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("both shapes");
    }

    @Test
    void aRowCutOffByTheEndOfTheInputNeverReachesTheSink() {
        RecordingSink sink = new RecordingSink();
        byte[] cut = "{\"failedItems\": [{\"entity\": \"a\"}, {\"entity\": \"b\", \"fail".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FailedItemsJsonReader.read(new ByteArrayInputStream(cut), sink))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("cut off");
        assertThat(sink.rows).hasSize(1);
        assertThat(sink.events).doesNotContain("end");
    }
}
