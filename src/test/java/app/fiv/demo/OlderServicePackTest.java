package app.fiv.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static app.fiv.demo.DemoClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** A CommServe without JobDetails, Events and Resubmit: its web server's HTML 404, while everything else works. */
class OlderServicePackTest {

    @Test
    void theJobActionsAreHtml404sAndTheRestWorks() throws IOException {
        try (DemoCommServe server = DemoCommServe.builder().withoutJobActions().start()) {
            DemoClient client = new DemoClient(server.webServiceUrl());
            String token = client.login();

            for (HttpResponse<String> response : new HttpResponse[] {
                    client.post("/JobDetails", "{\"jobId\": 1001, \"showAttempt\": true}", token, JSON),
                    client.get("/Events?jobId=1001", token, JSON),
                    client.post("/Job/1001/action/Resubmit", "", token, JSON),
                    client.post("/JobDetails", "{\"jobId\": 1001}", null, JSON)}) {
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
                assertThat(response.body()).contains("Not Found");
            }
            assertThat(client.get("/Job/1001", token, JSON).statusCode()).isEqualTo(200);
            assertThat(client.get("/Job/1001/FailedItems", token, JSON).statusCode()).isEqualTo(200);
            assertThat(client.get("/Job?completedJobLookupTime=86400", token, JSON).body()).contains("\"totalRecordsWithoutPaging\":119");
            assertThat(client.get("/Client", token, JSON).statusCode()).isEqualTo(200);
        }
    }
}
