package app.fiv.demo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static org.assertj.core.api.Assertions.assertThat;

/** Big answers are generated once per job and format, then sent from memory with a Content-Length. */
class RenderedAnswersTest extends LoggedInDemoTest {

    @BeforeEach
    void forgetKeptAnswers() {
        RenderedAnswers.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML})
    void secondAnswerIsTheSameBytesWithAContentLength(String accept) {
        HttpResponse<byte[]> first = client.getBytes("/Job/1005/FailedItems", token, accept);
        HttpResponse<byte[]> second = client.getBytes("/Job/1005/FailedItems", token, accept);

        assertThat(first.headers().firstValue("Content-Length")).isEmpty();
        assertThat(first.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(second.headers().firstValue("Content-Length")).hasValue(String.valueOf(first.body().length));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
    }

    @Test
    void formatsAreKeptApart() {
        byte[] json = client.getBytes("/Job/1005/FailedItems", token, JSON).body();
        byte[] xml = client.getBytes("/Job/1005/FailedItems", token, XML).body();

        assertThat(client.getBytes("/Job/1005/FailedItems", token, XML).body()).isEqualTo(xml);
        assertThat(client.getBytes("/Job/1005/FailedItems", token, JSON).body()).isEqualTo(json);
        assertThat(new String(xml, 0, 25, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("<CVGui_JobFailedItemsResp");
        assertThat(json[0]).isEqualTo((byte) '{');
    }

    @Test
    void smallAnswersAreNotKept() {
        client.getBytes("/Job/1003/FailedItems", token, JSON);

        assertThat(client.getBytes("/Job/1003/FailedItems", token, JSON).headers().firstValue("Content-Length")).isEmpty();
    }

    @Test
    void aBigBodyIsKeptButNotOneThatPauses() throws IOException {
        FailedItemsBody steady = items(false);
        FailedItemsBody paced = items(true);

        assertThat(sendOnce(steady)).hasSizeGreaterThan(RenderedAnswers.MIN_BYTES);
        assertThat(sendOnce(paced)).hasSizeGreaterThan(RenderedAnswers.MIN_BYTES);

        assertThat(RenderedAnswers.find(steady, ResponseFormat.JSON)).isPresent();
        assertThat(RenderedAnswers.find(paced, ResponseFormat.JSON)).isEmpty();
    }

    private static FailedItemsBody items(boolean pause) {
        return sink -> {
            sink.beginList();
            for (int i = 0; i < 40_000; i++) {
                if (pause && i == 20_000) {
                    sink.pace(1);
                }
                sink.item(Map.of("failureReason", "Access is denied.", "entity", "D:\\Share\\file-" + i + ".docx"));
            }
            sink.end();
        };
    }

    /** Sends the body once from a bare JDK server, as the demo's handler would. */
    private static byte[] sendOnce(FailedItemsBody body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                new FailedItemsResponse(body).send(exchange, ResponseFormat.JSON);
            }
        });
        server.start();
        try {
            return new DemoClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                    .getBytes("/", null, JSON).body();
        } finally {
            server.stop(0);
        }
    }
}
