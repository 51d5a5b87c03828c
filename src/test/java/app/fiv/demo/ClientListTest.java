package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET Client}: every client with a job, one entry per client ID, in the documented shape. */
class ClientListTest extends LoggedInDemoTest {

    @Test
    void listsTheHistorysClientsAndTheFixedJobsClients() {
        Map<Integer, String> clients = clients();

        assertThat(clients).containsEntry(2, "demo-commserve").containsEntry(301, "fs-win01").containsEntry(302, "fs-win02")
                .containsEntry(303, "lnx-web01").containsEntry(304, "sql-prod01").containsEntry(305, "sql-fin01")
                .containsEntry(306, "m365-exchange").containsEntry(307, "vcenter-prod")
                .containsEntry(12, "fileserver01").containsEntry(41, "fileserver-hq01");
        for (DemoJob job : DemoJobRegistry.standard().all()) {
            assertThat(clients).containsEntry(job.summary().origin().clientId(), job.summary().origin().clientName());
        }
    }

    @Test
    void eachEntryIsAClientEntity() {
        JsonNode first = json(client.get("/Client", token, JSON).body()).path("clientProperties").get(0);
        JsonNode entity = first.path("client").path("clientEntity");

        assertThat(entity.path("clientId").asInt()).isEqualTo(2);
        assertThat(entity.path("clientName").asText()).isEqualTo("demo-commserve");
        assertThat(entity.path("displayName").asText()).isEqualTo("demo-commserve");
    }

    @Test
    void xmlForm() throws Exception {
        Element root = TestXml.parse(client.getBytes("/Client", token, XML).body());
        List<Element> properties = TestXml.children(root, "clientProperties");

        assertThat(root.getTagName()).isEqualTo("App_GetClientPropertiesResponse");
        assertThat(properties).hasSameSizeAs(clients().keySet());
        Element entity = TestXml.children(TestXml.children(properties.get(0), "client").get(0), "clientEntity").get(0);
        assertThat(entity.getAttribute("clientName")).isEqualTo("demo-commserve");
    }

    @Test
    void needsALiveToken() {
        assertThat(client.get("/Client", null, JSON).statusCode()).isEqualTo(401);
    }

    /** Client ID to name; fails if an ID appears twice, or with two names. */
    private static Map<Integer, String> clients() {
        Map<Integer, String> clients = new HashMap<>();
        for (JsonNode property : json(client.get("/Client", token, JSON).body()).path("clientProperties")) {
            JsonNode entity = property.path("client").path("clientEntity");
            assertThat(clients.put(entity.path("clientId").asInt(), entity.path("clientName").asText()))
                    .as("client %s listed once", entity).isNull();
        }
        return clients;
    }
}
