package app.fiv.testing;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.ClientTimeouts;
import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.api.TlsTrust;
import app.fiv.api.WireFormat;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.TableBuilder;

/** Clients as the tests use them: the runtime's CAs, the default timeouts; a job's items as a table. */
public final class TestClients {
    private TestClients() {
    }

    /** A JSON client trusting the runtime's CAs. */
    public static CommServeClient json(String deviceId) {
        try {
            return of(deviceId, TlsTrust.systemDefault(), WireFormat.JSON);
        } catch (ApiException e) {
            throw new IllegalStateException("the runtime's trusted CAs could not be read", e);
        }
    }

    public static CommServeClient of(String deviceId, TlsTrust trust, WireFormat format) {
        return CommServeClient.create(deviceId, trust, format, ClientTimeouts.DEFAULTS);
    }

    /** A job's failed items, read whole into a table. */
    public static FailedItemsTable items(CommServeClient client, Session session, long jobId, CancelSignal cancel)
            throws ApiException {
        TableBuilder table = new TableBuilder();
        client.failedItems(session, jobId, table, cancel, bytes -> { });
        return table.build();
    }
}
