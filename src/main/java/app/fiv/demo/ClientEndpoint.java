package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET Client}: every client that has a job on this server (the fixed demo jobs' clients,
 * the history's, the CommServe itself), ordered by client ID:
 * {@code {"clientProperties": [{"client": {"clientEntity": {"clientId", "clientName", "displayName"}}}]}}.
 */
final class ClientEndpoint {

    static final String XML_ROOT = "App_GetClientPropertiesResponse";

    private final JobCatalog catalog;

    ClientEndpoint(JobCatalog catalog) {
        this.catalog = catalog;
    }

    ApiResponse list() {
        Map<Integer, JobOrigin> clients = new TreeMap<>();
        for (DemoJob job : catalog.all()) {
            clients.putIfAbsent(job.summary().origin().clientId(), job.summary().origin());
        }
        ObjectNode answer = Json.object();
        ArrayNode properties = answer.putArray("clientProperties");
        clients.values().forEach(origin -> properties.addObject().putObject("client").set("clientEntity", origin.clientEntity()));
        return ApiResponse.structured(200, XML_ROOT, answer);
    }
}
