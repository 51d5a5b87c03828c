package app.fiv.bench;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.RowOrder;
import app.fiv.model.SortKey;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.util.List;

/** Times the path sort alone (for tuning; not part of the benchmark table). */
final class SortProbe {
    public static void main(String[] args) throws Exception {
        try (DemoCommServe demo = DemoCommServe.start()) {
            CommServeClient client = TestClients.json("probe");
            Session session = DemoLogins.logIn(client, demo);
            FailedItemsTable table = TestClients.items(client, session, DemoJobs.MILLION_ITEMS, CancelSignal.none());
            if (Boolean.getBoolean("probe.pause")) {
                System.out.println("loaded");
                Thread.sleep(8000);
            }
            for (int i = 0; i < 6; i++) {
                long start = System.nanoTime();
                RowOrder.sorted(table, List.of(new SortKey(1, true)));
                System.out.printf("sort %.0f ms%n", (System.nanoTime() - start) / 1e6);
            }
        }
        System.exit(0);
    }
}
