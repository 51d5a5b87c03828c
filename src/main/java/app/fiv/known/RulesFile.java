package app.fiv.known;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The known failures as a JSON file, the same for the app's own store and for sharing:
 * <pre>{"format": "failed-items-viewer known failures", "version": 1, "rules": [
 *   {"reason": "Access is denied.", "reasonMatch": "exact", "path": "E:\\Users\\*\\AppData\\**",
 *    "client": "fs-win01", "note": "Profiles, backed up by the profile job"}]}</pre>
 * Reading checks all of it before anything is used: a file that is not that, a rule without a
 * reason or path, a field it does not know or of the wrong type is refused with a message that
 * says which rule and what, so a file with a typo never half-applies.
 */
public final class RulesFile {
    public static final String FORMAT = "failed-items-viewer known failures";
    public static final int VERSION = 1;
    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_RULES = 10_000;
    private static final Set<String> FIELDS = Set.of("id", "reason", "reasonMatch", "path", "client", "note");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RulesFile() {
    }

    /** @throws RulesFileException naming the file and the problem */
    public static List<KnownRule> read(Path file) throws RulesFileException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new RulesFileException("The rules file " + file + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new RulesFileException("The rules file " + file + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new RulesFileException("The rules file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RulesFileException("The rules file " + file + " is over " + MAX_BYTES / (1024 * 1024)
                    + " MB: that is not a list of known failures.");
        }
        try {
            return parse(bytes);
        } catch (RulesFileException e) {
            throw new RulesFileException("The rules file " + file + " " + e.getMessage(), e);
        }
    }

    /** The rules of a file's bytes; the message of a refusal continues "The rules file X ...". */
    static List<KnownRule> parse(byte[] bytes) throws RulesFileException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RulesFileException("is not valid JSON" + where + ": " + e.getOriginalMessage() + ".", e);
        } catch (IOException e) {
            throw new RulesFileException("cannot be read (" + e.getMessage() + ").", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new RulesFileException("is empty.");
        }
        if (!root.isObject()) {
            throw new RulesFileException("is not a JSON object with a \"rules\" list.");
        }
        JsonNode format = root.get("format");
        if (format != null && !FORMAT.equals(format.asText())) {
            throw new RulesFileException("is not a known failures file (its format is \"" + format.asText() + "\").");
        }
        JsonNode version = root.get("version");
        if (version != null && (!version.canConvertToInt() || version.asInt() > VERSION)) {
            throw new RulesFileException("was written by a newer version of the app (version " + version.asText()
                    + "); this one reads version " + VERSION + ".");
        }
        JsonNode list = root.get("rules");
        if (list == null || !list.isArray()) {
            throw new RulesFileException("has no \"rules\" list.");
        }
        if (list.size() > MAX_RULES) {
            throw new RulesFileException("has " + list.size() + " rules; at most " + MAX_RULES + " are read.");
        }
        List<KnownRule> rules = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            rules.add(rule(list.get(i), i + 1));
        }
        return rules;
    }

    private static KnownRule rule(JsonNode node, int number) throws RulesFileException {
        if (!node.isObject()) {
            throw new RulesFileException("has a rule " + number + " that is not an object.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new RulesFileException("has an unknown field \"" + name + "\" in rule " + number
                        + " (the fields are reason, reasonMatch, path, client and note).");
            }
        }
        String match = text(node, "reasonMatch", number);
        ReasonMatch reasonMatch;
        if (match.isEmpty() || match.equals("exact")) {
            reasonMatch = ReasonMatch.EXACT;
        } else if (match.equals("pattern")) {
            reasonMatch = ReasonMatch.PATTERN;
        } else {
            throw new RulesFileException("has \"reasonMatch\": \"" + match + "\" in rule " + number
                    + "; it is \"exact\" or \"pattern\".");
        }
        try {
            return new KnownRule(text(node, "id", number), text(node, "reason", number), reasonMatch,
                    text(node, "path", number), text(node, "client", number), text(node, "note", number));
        } catch (IllegalArgumentException e) {
            throw new RulesFileException("has a rule " + number + " that cannot be used: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode rule, String field, int number) throws RulesFileException {
        JsonNode value = rule.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new RulesFileException("has a \"" + field + "\" in rule " + number + " that is not text.");
        }
        return value.asText();
    }

    /** The file's bytes (UTF-8, indented): the same form for the store and for sharing. */
    public static byte[] toJson(List<KnownRule> rules, String server, boolean withIds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (server != null) {
            root.put("server", server);
        }
        ArrayNode list = root.putArray("rules");
        for (KnownRule rule : rules) {
            ObjectNode node = list.addObject();
            if (withIds) {
                node.put("id", rule.id());
            }
            for (Map.Entry<String, String> field : List.of(Map.entry("reason", rule.reason()),
                    Map.entry("reasonMatch", rule.hasReason() ? rule.reasonMatch().fileName() : ""),
                    Map.entry("path", rule.path()),
                    Map.entry("client", rule.client()), Map.entry("note", rule.note()))) {
                if (!field.getValue().isEmpty()) {
                    node.put(field.getKey(), field.getValue());
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rules could not be written as JSON", e);
        }
    }
}
