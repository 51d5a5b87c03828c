package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginRequestTest {

    @Test
    void passwordIsBase64OfItsUtf8BytesAndDeviceIdIsSent() throws Exception {
        char[] password = "pässwörd€ \"quoted\"".toCharArray();

        JsonNode body = new ObjectMapper().readTree(LoginRequest.body("admin", password, "device-1"));

        assertThat(body.path("username").asText()).isEqualTo("admin");
        assertThat(new String(Base64.getDecoder().decode(body.path("password").asText()), StandardCharsets.UTF_8))
                .isEqualTo("pässwörd€ \"quoted\"");
        assertThat(body.path("deviceId").asText()).isEqualTo("device-1");
    }
}
