package app.fiv.bench;

import app.fiv.model.FailedItemsJsonReader;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Tables;
import app.fiv.model.FailedItemsXmlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Issue 13's figures: answers a hostile server can make small and costly, read into the app's
 * table in this JVM: items that each bring a key of their own (250 to 4,000; beyond 1,000 columns
 * the answer is refused), 100,000 items over 1,000 keys, and XML values nested 10 to 31 levels
 * deep. Not a test (figures, not assertions): after {@code mvn -q -o package -DskipTests}, run
 * {@code java -cp target/test-classes:target/failed-items-viewer.jar app.fiv.bench.WideAnswerBenchmark}.
 */
public final class WideAnswerBenchmark {
    private WideAnswerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int warm = 0; warm < 3; warm++) {
            newKeyInEveryItem(500, 500, false);
            nested(5, false);
        }
        for (int items : new int[] {250, 500, 1_000, 2_000, 4_000}) {
            newKeyInEveryItem(items, items, true);
        }
        // Within the column limit, the cost per item must not grow with the number of columns.
        newKeyInEveryItem(100_000, 1_000, true);
        for (int depth : new int[] {10, 20, 24, 31}) {
            nested(depth, true);
        }
        System.exit(0);
    }

    /** {@code items} items, item {@code i} with the key {@code i % keys}: a new key in each of the first {@code keys}. */
    private static void newKeyInEveryItem(int items, int keys, boolean print) {
        StringBuilder json = new StringBuilder("{\"isFailedItemsCSV\":false,\"failedItems\":[");
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",").append("{\"key").append(String.format(Locale.ROOT, "%05d", i % keys))
                    .append("\":\"v\"}");
        }
        byte[] body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        String outcome;
        try {
            FailedItemsTable table = Tables.json(new ByteArrayInputStream(body));
            outcome = String.format(Locale.ROOT, "%,d rows, %,d columns", table.rowCount(), table.columnCount());
        } catch (Exception e) {
            outcome = "refused: " + e.getMessage();
        }
        if (print) {
            System.out.printf(Locale.ROOT, "%,7d items, %,5d keys (%,9d bytes of JSON): %,10.1f ms  %s%n", items, keys,
                    body.length, (System.nanoTime() - started) / 1e6, outcome);
        }
    }

    private static void nested(int depth, boolean print) {
        String xml = "<r><failedItems>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth) + "</failedItems></r>";
        long started = System.nanoTime();
        String outcome;
        try {
            FailedItemsTable table = Tables.xml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            outcome = "a cell of " + String.format(Locale.ROOT, "%,d", table.cell(0, 0).length()) + " characters";
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        } catch (Exception e) {
            outcome = "refused: " + e.getMessage();
        }
        if (print) {
            System.out.printf(Locale.ROOT, "XML nested %2d deep (%d bytes): %,10.1f ms  %s%n", depth, xml.length(),
                    (System.nanoTime() - started) / 1e6, outcome);
        }
    }
}
