package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipedSinkTest {

    /** Records what it is told, on whichever thread tells it. */
    private static final class Recording implements RowSink {
        final List<String> events = new ArrayList<>();
        final Set<Thread> threads = new java.util.HashSet<>();
        int failAtRow = -1;

        @Override
        public void begin(Shape shape) {
            threads.add(Thread.currentThread());
            events.add("begin " + shape);
        }

        @Override
        public void columns(int first, List<String> names) {
            events.add("columns " + first + " " + names);
        }

        @Override
        public void row(String[] cells) {
            if (events.size() == failAtRow) {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
            events.add(String.join("|", cells));
        }

        @Override
        public void end() {
            events.add("end");
        }
    }

    @Test
    void everyEventArrivesInOrderOnAnotherThreadAndEndWaitsForTheLast() {
        Recording downstream = new Recording();
        List<String> expected = new ArrayList<>(List.of("begin LIST", "columns 0 [a, b]"));
        try (PipedSink piped = new PipedSink(downstream, "test-writer")) {
            piped.begin(Shape.LIST);
            piped.columns(0, List.of("a", "b"));
            for (int i = 0; i < 10_000; i++) {
                if (i == 5_000) {
                    piped.columns(2, List.of("c"));
                    expected.add("columns 2 [c]");
                }
                piped.row(new String[] {"r" + i, "x"});
                expected.add("r" + i + "|x");
            }
            piped.end();
            expected.add("end");
            // end() returned: everything has been written, no need to wait.
            assertThat(downstream.events).isEqualTo(expected);
        }
        assertThat(downstream.threads).doesNotContain(Thread.currentThread());
    }

    @Test
    void aWritingFailureStopsTheParserAtALaterRowWithTheSameCause() {
        Recording downstream = new Recording();
        downstream.failAtRow = 100;
        PipedSink piped = new PipedSink(downstream, "test-writer");
        piped.begin(Shape.LIST);
        piped.columns(0, List.of("a"));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                piped.row(new String[] {"r" + i});
            }
            piped.end();
        }).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("No space left on device");
        piped.close();
        assertThat(downstream.events).hasSize(100).doesNotContain("end");
    }

    @Test
    void closingWithoutEndStopsTheWriterAndNoEndIsWritten() throws Exception {
        Recording downstream = new Recording();
        PipedSink piped = new PipedSink(downstream, "test-writer-abandoned");
        piped.begin(Shape.LIST);
        piped.columns(0, List.of("a"));
        for (int i = 0; i < 3_000; i++) {
            piped.row(new String[] {"r" + i});
        }
        piped.close(); // as after a cut-off answer
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-writer-abandoned"));
        assertThat(downstream.events).doesNotContain("end");
    }
}
