package app.fiv.ui.login;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/** Both tokens from one pasted JSON object, {@code {"accessToken": "...", "refreshToken": "..."}}. */
record PastedPair(String accessToken, String refreshToken) {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private static final int MAX_PASTE = 64 * 1024;

    /** Empty for anything else, so an ordinary token stays as it was pasted. */
    static Optional<PastedPair> of(String text) {
        if (text == null || text.length() > MAX_PASTE || !text.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(text);
            String access = root.path("accessToken").asText("").strip();
            String refresh = root.path("refreshToken").asText("").strip();
            return access.isEmpty() || refresh.isEmpty() ? Optional.empty() : Optional.of(new PastedPair(access, refresh));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "PastedPair[(hidden)]";
    }
}
