package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The stand-alone server of {@code java -cp ... app.fiv.demo.DemoCommServe}, in a process of its own. */
class StandaloneServerTest {

    @Test
    void printAccessTokenPutsAPairOnTheFirstLineThatOpensTheApi() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DemoCommServe.class.getName(), "--print-access-token")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String url = null;
            while (url == null) {
                String line = out.readLine();
                assertThat(line).as("the server's start-up text so far: %s", lines).isNotNull();
                lines.add(line);
                if (line.startsWith("  Web service URL: ")) {
                    url = line.substring("  Web service URL: ".length());
                }
            }
            JsonNode pair = json(lines.get(0));
            assertThat(pair.size()).isEqualTo(2);
            DemoClient client = new DemoClient(URI.create(url));

            assertThat(client.send("GET", "/WhoAmI", null, Map.of("Authorization", "Bearer " + pair.path("accessToken").asText(),
                    "Accept", JSON)).statusCode()).isEqualTo(200);
            assertThat(out.readLine()).isNotNull(); // the rest of the text follows: user, password, jobs
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aWrongArgumentIsExitCode2WithTheUsage() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DemoCommServe.class.getName(), "--print-token")
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(text).contains("unknown argument: --print-token").contains("[--print-access-token]");
    }
}
