package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The user name in the answer of {@code GET WhoAmI}, JSON or XML. */
final class WhoAmIAnswer {
    private WhoAmIAnswer() {
    }

    /** Blank when the answer names no user. */
    static String userName(byte[] body) {
        JsonNode root = AnswerTrees.parse(body);
        if (root == null) {
            return "";
        }
        for (JsonNode name : List.of(root.path("name"), root.path("userName"), root.path("userEntity").path("userName"))) {
            if (name.isValueNode() && !name.asText().isBlank()) {
                return name.asText().replaceAll("\\p{Cntrl}", "").strip();
            }
        }
        return "";
    }
}
