package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: small or split values that used to grow without bound into one cell. */
class CellLimitsTest {
    private static final int RUN = 24 << 20; // three runs of 24 Mi characters: each below Woodstox's limit, together above a cell's

    private static FailedItemsTable read(String xml) throws Exception {
        return Tables.xml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String nested(int depth) {
        return "<r><failedItems>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth) + "</failedItems></r>";
    }

    @Test
    void aNestedValueIsNestedJsonNotJsonQuotedAgainAtEveryLevel() throws Exception {
        FailedItemsTable table = read("<r><failedItems entity=\"e\"><a><b c=\"1\"><d>\"x\"</d></b></a></failedItems></r>");

        assertThat(table.cell(0, table.columnIndex("a"))).isEqualTo("{\"b\":{\"c\":\"1\",\"d\":\"\\\"x\\\"\"}}");
    }

    @Test
    void theIssues250ByteAnswerNested31DeepIsOneShortCell() throws Exception {
        String xml = nested(31);

        FailedItemsTable table = read(xml);

        assertThat(xml).hasSizeLessThan(260);
        assertThat(table.cell(0, 0)).isEqualTo("{\"a\":".repeat(30) + "\"x\"" + "}".repeat(30));
    }

    @Test
    void aValueNestedDeeperThan32LevelsIsRefused() throws Exception {
        assertThat(read(nested(XmlValues.MAX_DEPTH)).cell(0, 0)).endsWith("\"x\"" + "}".repeat(XmlValues.MAX_DEPTH - 1));

        assertThatThrownBy(() -> read(nested(XmlValues.MAX_DEPTH + 1)))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("A value (a) is nested more than 32 levels deep; failed items have a few levels at most.");
    }

    @Test
    void textRunsSplitByCommentsCountAsOneValue() {
        InputStream xml = document("<r><failedItems><entity>", List.of(run(), comment(), run(), comment(), run()),
                "</entity></failedItems></r>");

        assertThatThrownBy(() -> Tables.xml(xml))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("A value (entity) is longer than 67,108,864 characters, the most a cell holds.");
    }

    @Test
    void textHeldAtSeveralLevelsOfANestedValueCountsTogether() {
        InputStream xml = document("<r><failedItems><details>", List.of(run(), bytes("<a>"), run(), bytes("<b>"), run()),
                "</b></a></details></failedItems></r>");

        assertThatThrownBy(() -> Tables.xml(xml))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessageContaining("A value (details) is longer than 67,108,864 characters");
    }

    @Test
    void runsUnderTheLimitTogetherAreKeptWhole() throws Exception {
        InputStream xml = document("<r><failedItems><entity>", List.of(bytes("C:\\"), comment(), bytes("a.txt")),
                "</entity></failedItems></r>");

        assertThat(Tables.xml(xml).cell(0, 0)).isEqualTo("C:\\a.txt");
    }

    @Test
    void aNestedJsonValueStopsAtTheSameLimit() {
        int part = 17 << 20; // below Jackson's 20 M characters a string; four of them above a cell's limit
        List<InputStream> parts = new ArrayList<>();
        for (String key : List.of("a", "b", "c", "d")) {
            parts.add(bytes((key.equals("a") ? "" : ",") + "\"" + key + "\":\""));
            parts.add(run(part));
            parts.add(bytes("\""));
        }
        InputStream json = document("{\"failedItems\":[{\"entity\":\"e\",\"details\":{", parts, "}}]}");

        assertThatThrownBy(() -> Tables.json(json))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("A value (details) is longer than 67,108,864 characters, the most a cell holds.");
    }

    private static InputStream document(String start, List<InputStream> middle, String end) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(bytes(start));
        parts.addAll(middle);
        parts.add(bytes(end));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream comment() {
        return bytes("<!-- split -->");
    }

    private static InputStream run() {
        return run(RUN);
    }

    /** Letters made as they are read, so the test holds no copy of its own. */
    private static InputStream run(int count) {
        return new InputStream() {
            private int left = count;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }
}
