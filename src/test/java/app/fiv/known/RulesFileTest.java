package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared file: what is written reads back the same, and a file with a mistake is refused, saying which. */
class RulesFileTest {
    @TempDir
    Path folder;

    private Path file(String json) throws Exception {
        Path file = folder.resolve("rules.json");
        Files.writeString(file, json);
        return file;
    }

    private String refusal(String json) throws Exception {
        Path file = file(json);
        return org.assertj.core.api.Assertions.catchThrowableOfType(RulesFileException.class, () -> RulesFile.read(file)).getMessage();
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameRules() throws Exception {
        List<KnownRule> rules = List.of(
                KnownRule.of("Access is denied.", ReasonMatch.EXACT, "C:\\Payroll\\**", "fs-win01", "Payroll \"locked\""),
                KnownRule.of("*in use*", ReasonMatch.PATTERN, "", "", ""),
                KnownRule.of("", ReasonMatch.EXACT, "/srv/www/*.sock", "", "sockets"));
        Path shared = folder.resolve("shared.json");
        Files.write(shared, RulesFile.toJson(rules, null, false));
        String json = Files.readString(shared);
        assertThat(json).contains("\"format\" : \"failed-items-viewer known failures\"").contains("C:\\\\Payroll\\\\**")
                .doesNotContain("\"id\"").doesNotContain("server");
        List<KnownRule> back = RulesFile.read(shared);
        assertThat(back).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(back.get(i).sameAs(rules.get(i))).as("rule " + i).isTrue();
        }
        Files.write(shared, RulesFile.toJson(rules, "https://cs/api", true));
        assertThat(RulesFile.read(shared)).containsExactlyElementsOf(rules);
    }

    @Test
    void aHandWrittenFileNeedsOnlyTheRules() throws Exception {
        List<KnownRule> rules = RulesFile.read(file("{\"rules\": [{\"reason\": \"Access is denied.\"}, {\"path\": \"E:\\\\x\\\\**\", \"note\": null}]}"));
        assertThat(rules).extracting(KnownRule::reason).containsExactly("Access is denied.", "");
        assertThat(rules.get(0).reasonMatch()).isEqualTo(ReasonMatch.EXACT);
        assertThat(rules.get(1).path()).isEqualTo("E:\\x\\**");
    }

    @Test
    void everyMistakeIsNamed() throws Exception {
        assertThat(refusal("")).endsWith("rules.json is empty.");
        assertThat(refusal("{\"rules\": [}")).contains("rules.json is not valid JSON at line 1, column 12");
        assertThat(refusal("[1, 2]")).endsWith("is not a JSON object with a \"rules\" list.");
        assertThat(refusal("{\"rule\": []}")).endsWith("has no \"rules\" list.");
        assertThat(refusal("{\"format\": \"something else\", \"rules\": []}")).contains("is not a known failures file");
        assertThat(refusal("{\"version\": 2, \"rules\": []}")).contains("written by a newer version of the app (version 2)");
        assertThat(refusal("{\"rules\": [{\"reason\": \"a\"}, \"b\"]}")).endsWith("has a rule 2 that is not an object.");
        assertThat(refusal("{\"rules\": [{\"reasn\": \"a\"}]}")).contains("unknown field \"reasn\" in rule 1");
        assertThat(refusal("{\"rules\": [{\"reason\": 5}]}")).endsWith("has a \"reason\" in rule 1 that is not text.");
        assertThat(refusal("{\"rules\": [{\"reason\": \"a\", \"reasonMatch\": \"regex\"}]}"))
                .contains("\"reasonMatch\": \"regex\" in rule 1; it is \"exact\" or \"pattern\"");
        assertThat(refusal("{\"rules\": [{\"note\": \"only a note\"}]}"))
                .contains("rule 1 that cannot be used: A known failure needs a reason or a path pattern");
        assertThat(refusal("{\"rules\": [{\"reason\": \"" + "x".repeat(4_001) + "\"}]}")).contains("at most 4000 characters");
    }

    @Test
    void aMissingUnreadableOrHugeFileIsRefused() throws Exception {
        assertThatThrownBy(() -> RulesFile.read(folder.resolve("none.json")))
                .isInstanceOf(RulesFileException.class).hasMessageContaining("none.json does not exist");
        Path big = folder.resolve("big.json");
        Files.write(big, new byte[RulesFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> RulesFile.read(big)).hasMessageContaining("is over 8 MB");
        Files.write(big, "{\"rules\": [{\"reason\": \"ü\"}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(RulesFile.read(big).get(0).reason()).isEqualTo("ü");
    }
}
