package app.fiv.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.MAPPER;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.MalformedAnswersTest.failedItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jobs 2014, 2015 and 2021: HTML pages from a load balancer, a web server and a proxy. */
class GatewayPagesTest extends LoggedInDemoTest {

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void unavailableIs503WithRetryAfter(String accept) {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.UNAVAILABLE_503), token, accept);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("120");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.body()).startsWith("<html>").contains("<h1>503 Service Unavailable</h1>")
                .contains("No server is available to handle this request.");
    }

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void noEndpointIsTheWebServersHtml404(String accept) {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.NO_ENDPOINT_404), token, accept);
        HttpResponse<String> unknownPath = client.get("/NoSuchEndpoint", token, accept);
        HttpResponse<String> missingJob = client.get(failedItems(DemoJobs.MISSING), token, accept);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.body()).isEqualTo(unknownPath.body()).contains("<h1>HTTP Status 404 – Not Found</h1>");
        assertThat(missingJob.statusCode()).isEqualTo(404);
        assertThat(missingJob.body()).isNotEqualTo(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void htmlLabelledAsJson(String accept) {
        HttpResponse<String> response = client.get(failedItems(DemoJobs.HTML_AS_JSON), token, accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(response.body()).startsWith("<!DOCTYPE html>")
                .contains("<title>ERROR: The requested URL could not be retrieved</title>")
                .contains("(squid/5.7)");
        assertThatThrownBy(() -> MAPPER.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
    }
}
