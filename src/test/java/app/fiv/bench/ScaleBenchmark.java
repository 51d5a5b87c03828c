package app.fiv.bench;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.RowWriter;
import app.fiv.io.RowWriters;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.ReasonCounts;
import app.fiv.model.RowFilter;
import app.fiv.model.RowOrder;
import app.fiv.model.SortKey;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark (issues 4 and 18): the demo CommServe's million-item job (1012) and 200,000-row CSV
 * job (1013) over loopback HTTP, measured in one run: the command line as whole processes beside
 * {@code curl | jq}, the model in this JVM, the window with its FX-thread stalls, and the start-up
 * to the login window. Not a test: run it with {@code mvn -q -Pbench verify} (see the README's
 * Performance section). Sections: {@link CommandLineFigures}, {@link FxStall} and
 * {@link #windowFigures} (the place for new window figures), {@link StartupFigures}.
 */
public final class ScaleBenchmark {
    static final String[] QUERIES = {"invoice", "rev a", ".dwg", "harbour", "access is denied", "東京", "minutes 12",
            "no-such-text", "p-2025", "photo", "scan 5", "site report", "contracts\\", "budget", "model 9", ".tmp",
            "москва", "renders", "2026\\", "being used"};

    private final int reps;
    private final ResultTable results = new ResultTable();
    private DemoCommServe demo;
    private CommServeClient client;
    private Session session;

    private ScaleBenchmark(int reps) {
        this.reps = reps;
    }

    public static void main(String[] args) throws Exception {
        int reps = Integer.getInteger("bench.reps", 5);
        new ScaleBenchmark(reps).run();
        System.exit(0);
    }

    private void run() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("bench-device");
        session = DemoLogins.logIn(client, demo);
        try {
            measure();
        } finally {
            demo.close();
        }
    }

    private void measure() throws Exception {
        String loadBefore = load();
        if (Boolean.getBoolean("bench.fxOnly")) { // for profiling the window alone
            try (WindowSession window = WindowSession.open()) {
                System.out.println(FxStall.measure(window));
            }
            return;
        }
        if (Boolean.getBoolean("bench.compareOnly")) { // issue 16's comparison alone
            new CompareFigures(repeater(), results).measure(fetchTable(DemoJobs.MILLION_ITEMS));
            results.print(System.out);
            return;
        }
        if (Boolean.getBoolean("bench.manyJobsOnly")) { // issue 16's tab of many jobs alone (with the 1M job it is held to)
            results.section("many jobs in one table");
            ManyJobsFigures.commandLine(demo, repeater(), results);
            try (WindowSession window = WindowSession.open()) {
                FxStall.Result stall = FxStall.measure(window);
                results.window("fetch + show 1M rows (job 1012)", stall.load(), 0, 100);
                for (int run = 0; run < Integer.getInteger("bench.manyJobsRuns", 1); run++) {
                    ManyJobsFigures.window(window, stall, results);
                }
            }
            results.print(System.out);
            return;
        }
        if (Boolean.getBoolean("bench.jobsOnly")) { // issue 14's jobs view alone
            addJobs(JobsStall.measure());
            results.print(System.out);
            return;
        }
        say("warming up (one fetch of each job)");
        byte[] body = download(DemoJobs.MILLION_ITEMS);
        fetch(DemoJobs.MILLION_ITEMS);
        fetch(DemoJobs.LARGE_CSV);

        say("command line (" + reps + " runs of each)");
        double cliCsv = new CommandLineFigures(repeater(), results, demo).measure(session);
        ManyJobsFigures.commandLine(demo, repeater(), results);

        say("the model, in this JVM");
        results.section("the model, in this (warm) JVM");
        Stats floor = repeat(() -> streamingPass(body));
        Stats downloadOnly = repeat(() -> drain(DemoJobs.MILLION_ITEMS));
        Stats parse = repeat(() -> fetch(DemoJobs.MILLION_ITEMS));
        Stats csvParse = repeat(() -> fetch(DemoJobs.LARGE_CSV));
        double parseTarget = 1.5 * (floor.median() + downloadOnly.median());
        results.note("response size (job 1012, 1M items)", String.format("%.1f MB", body.length / 1e6), "", null);
        results.add("floor: Jackson streaming pass, in memory", floor, "ms", "", null);
        results.add("download only over loopback (no parse)", downloadOnly, "ms", "", null);
        results.add("fetch + parse 1M into the model", parse, "ms",
                String.format("<= %.0f ms", parseTarget), parse.median() <= parseTarget);
        results.add("fetch + parse 200k CSV-shape rows", csvParse, "ms", "", null);

        long before = usedAfterGc();
        FailedItemsTable table = fetchTable(DemoJobs.MILLION_ITEMS);
        long after = usedAfterGc();
        double bytesPerRow = (after - before) / (double) table.rowCount();
        results.note("heap held by the model after GC", String.format("%.0f B/row", bytesPerRow),
                "<= 100 B/row", bytesPerRow <= 100);
        manyJobsHeap();

        Stats filter = filterQueries(table);
        results.add("quick filter 1M rows, 20 queries (median)", filter, "ms", "<= 100 ms", filter.median() <= 100);
        results.note("quick filter p95", String.format("%.1f ms", filter.percentile(95)), "<= 200 ms",
                filter.percentile(95) <= 200);
        int path = table.columnIndex("entity");
        int reason = table.columnIndex("failureReason");
        Stats sort = repeat(() -> RowOrder.sorted(table, List.of(new SortKey(path, true))));
        results.add("sort 1M rows by path", sort, "ms", "<= 1500 ms", sort.median() <= 1500);
        Stats count = repeat(() -> ReasonCounts.count(table, reason, () -> false));
        results.add("count 1M rows by reason", count, "ms", "<= 150 ms", count.median() <= 150);
        Path csv = Files.createTempFile("bench-export", ".csv");
        Stats export = repeat(() -> export(table, csv));
        results.add("export 1M rows to CSV (file)", export, "ms", "<= 2000 ms", export.median() <= 2000);
        Stats warm = repeat(() -> streamToCsv(csv));
        Files.deleteIfExists(csv);
        results.add("stream 1M to CSV as the command line does", warm, "ms", "", null);
        new CompareFigures(repeater(), results).measure(table);

        say("the window");
        // Rendered again (the model's tables may have pushed it out of the demo's memory): the window
        // then downloads bytes as from a remote server, not the demo generating them on a core it needs.
        drain(DemoJobs.MILLION_ITEMS);
        FxStall.Result stall;
        try (WindowSession window = WindowSession.open()) {
            stall = FxStall.measure(window);
            windowFigures(window, stall);
            say("the window again, its tabs closed (the JIT has seen every step once)");
            FxStall.closeAllTabs(window);
            againFigures(FxStall.measure(window));
        }
        say("the jobs view");
        addJobs(JobsStall.measure());

        say("start-up");
        StartupFigures.measure(results, reps);

        System.out.println();
        System.out.println("machine load (uptime) before: " + loadBefore + "; after: " + load());
        results.print(System.out);
        System.out.printf(java.util.Locale.ROOT, "parse/floor=%.2f cliCsvMs=%.0f heapBytesPerRow=%.0f filterMedianMs=%.1f"
                + " loadStallMs=%.0f%n", parse.median() / floor.median(), cliCsv, bytesPerRow, filter.median(),
                stall.load().longestStallMs());
    }

    /**
     * The window's figures, one {@link ResultTable#window} line each: how long it took and the FX
     * thread's longest stall. The jobs view (10,000 jobs, 100 pages: <= 2 s), a multi-job tab (20 jobs,
     * 1,000,000 rows: <= 1.5x one 1M job) and a comparison of two 1M jobs (<= 2 s) belong here, each
     * measured with {@code window.measure(start, done, timeout)} and stall <= 100 ms.
     */
    private void windowFigures(WindowSession window, FxStall.Result stall) throws Exception {
        results.section("the window (whole app, headless Monocle, software rendering)");
        steps(stall, "");
        CompareStall.measure(window, results);
        ManyJobsFigures.window(window, stall, results);
    }

    /** The same steps a second time in the same window: what the first job's figures owe to a cold JIT. */
    private void againFigures(FxStall.Result again) {
        results.section("the window again, its tabs closed: the same steps with the JIT warm");
        steps(again, ", again");
    }

    /** One line for each of {@link FxStall}'s steps; {@code suffix} tells a second round's lines apart. */
    private void steps(FxStall.Result stall, String suffix) {
        results.window("first tab of the session (2 rows)" + suffix, stall.firstTab(), 0, 100);
        results.window("another small tab" + suffix, stall.smallTab(), 0, 100);
        results.window("fetch + show 1M rows (job 1012)" + suffix, stall.load(), 0, 100);
        results.note("first rows on screen after the first byte" + suffix,
                String.format("%.0f ms", stall.firstRowsAfterFirstByteMs()), "<= 300 ms", stall.firstRowsAfterFirstByteMs() <= 300);
        results.window("filter 1M rows, typed key by key" + suffix, stall.filter(), 0, 100);
        results.window("sort 1M rows by path, up and down" + suffix, stall.sort(), 0, 100);
        results.window("export 1M rows to CSV from the window" + suffix, stall.export(), 0, 100);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    Repeater repeater() {
        return new Repeater() {
            @Override
            public Stats run(Measured work) throws Exception {
                return repeat(work);
            }

            @Override
            public Stats times(Timed work) throws Exception {
                double[] values = new double[reps];
                for (int i = 0; i < reps; i++) {
                    values[i] = work.millis();
                }
                return Stats.of(values);
            }
        };
    }

    /** Repeats a measurement as often as the run says ({@code -Dbench.reps}). */
    interface Repeater {
        /** The wall-clock time of each run. */
        Stats run(Measured work) throws Exception;

        /** The time each run reports itself. */
        Stats times(Timed work) throws Exception;
    }

    @FunctionalInterface
    interface Timed {
        double millis() throws Exception;
    }

    /** Issue 14: the jobs view lists 10,000 jobs of a scaleHistory() demo in 100 pages and shows them. */
    private void addJobs(JobsStall.Result jobs) {
        results.note("jobs view: list 10,000 jobs and show them", String.format("%.2f s", jobs.listSeconds()),
                "<= 2 s", jobs.listSeconds() <= 2);
        results.note("the JVM's first listing (no window)", String.format("%.2f s", jobs.coldListSeconds()), "", null);
        results.note("FX stall: the jobs table's first rows", String.format("%.0f ms", jobs.firstRowsStallMs()), "", null);
        results.note("pages of GET Job / jobs listed / shown", jobs.pages() + " / " + jobs.listed() + " / " + jobs.shown(),
                "100 / 10000", jobs.pages() == 100 && jobs.listed() == 10_000);
        results.note("longest FX stall: listing 10,000 jobs", String.format("%.0f ms", jobs.listStallMs()), "<= 100 ms",
                jobs.listStallMs() <= 100);
        results.note("longest FX stall: showing all 10,000", String.format("%.0f ms", jobs.showAllStallMs()), "<= 100 ms",
                jobs.showAllStallMs() <= 100);
        results.note("longest FX stall: sorting by 4 keys", String.format("%.0f ms", jobs.sortStallMs()), "<= 100 ms",
                jobs.sortStallMs() <= 100);
        results.note("longest FX stall: quick filter, typed", String.format("%.0f ms", jobs.filterStallMs()), "<= 100 ms",
                jobs.filterStallMs() <= 100);
        double[] cpu = jobs.fxCpuMs();
        results.note("FX-thread CPU: list / all / sorts / filter", String.format("%.0f/%.0f/%.0f/%.0f ms", cpu[0], cpu[1],
                cpu[2], cpu[3]), "", null);
    }

    private Stats filterQueries(FailedItemsTable table) {
        int[] all = RowOrder.natural(table.rowCount());
        int[] columns = {0, 1};
        for (String query : QUERIES) { // warm-up
            new RowFilter(query, columns, -1, "").apply(table, all, () -> false);
        }
        double[] times = new double[QUERIES.length];
        for (int i = 0; i < QUERIES.length; i++) {
            RowFilter filter = new RowFilter(QUERIES[i], columns, -1, "");
            long start = System.nanoTime();
            filter.apply(table, all, () -> false);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.of(times);
    }

    private long export(FailedItemsTable table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             RowWriter writer = RowWriters.open(out, table.columns(), new ExportOptions(ExportFormat.CSV, true, false, false))) {
            List<String> cells = new ArrayList<>(table.columnCount());
            for (int row = 0; row < table.rowCount(); row++) {
                cells.clear();
                for (int column = 0; column < table.columnCount(); column++) {
                    cells.add(table.cell(row, column));
                }
                writer.write(cells);
            }
            writer.finish();
        }
        return Files.size(file);
    }

    private long streamToCsv(Path file) throws Exception {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            client.failedItems(session, DemoJobs.MILLION_ITEMS, new CsvStreamSink(out), CancelSignal.none(), bytes -> { });
        }
        return Files.size(file);
    }

    private Object fetch(long jobId) throws Exception {
        return fetchTable(jobId).rowCount();
    }

    private FailedItemsTable fetchTable(long jobId) throws Exception {
        return TestClients.items(client, session, jobId, CancelSignal.none());
    }

    private HttpRequest request(long jobId) {
        return HttpRequest.newBuilder(URI.create(demo.webServiceUrl() + "/Job/" + jobId + "/FailedItems"))
                .header("Authtoken", session.token()).header("Accept", "application/json").build();
    }

    private byte[] download(long jobId) throws Exception {
        return HttpClient.newHttpClient().send(request(jobId), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private long drain(long jobId) throws Exception {
        try (InputStream in = HttpClient.newHttpClient().send(request(jobId), HttpResponse.BodyHandlers.ofInputStream()).body()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
            return total;
        }
    }

    private static long streamingPass(byte[] body) throws IOException {
        long strings = 0;
        try (JsonParser parser = new JsonFactory().createParser(body)) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.VALUE_STRING) {
                    strings += parser.getText().length();
                }
            }
        }
        return strings;
    }

    /** Issue 16: a table of the 20 benchmark jobs (1,000,000 rows in all) holds as little a row as one job's. */
    private void manyJobsHeap() throws Exception {
        List<app.fiv.multijob.JobRequest> jobs = new ArrayList<>();
        for (long id = DemoJobs.BENCHMARK_FIRST; id <= DemoJobs.BENCHMARK_LAST; id++) {
            jobs.add(app.fiv.multijob.JobRequest.of(id));
        }
        app.fiv.multijob.MultiJobFetcher fetcher = new app.fiv.multijob.MultiJobFetcher(app.fiv.multijob.JobSource.of(
                app.fiv.session.SessionKeeper.of(client, session, java.util.Optional::empty)));
        long before = usedAfterGc();
        app.fiv.multijob.ManyJobsTable many = fetcher.load(jobs, app.fiv.multijob.ManyJobsProgress.NONE, CancelSignal.none());
        long after = usedAfterGc();
        int rows = many.table().rowCount();
        double bytesPerRow = (after - before) / (double) rows;
        results.note("heap held by a 20-job table (" + String.format("%,d", rows) + " rows) after GC",
                String.format("%.0f B/row", bytesPerRow), "<= 100 B/row", bytesPerRow <= 100);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        // What the heap pools held right after the last (full) collection: live data only.
        long used = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private Stats repeat(Measured work) throws Exception {
        double[] times = new double[reps];
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.of(times);
    }

    private static void say(String what) {
        System.out.println("bench: " + what);
    }

    @FunctionalInterface
    interface Measured {
        Object run() throws Exception;
    }
}
