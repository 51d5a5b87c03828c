package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file a server in the config folder; nothing written by hand is lost. */
class RuleStoreTest {
    private static final String SERVER = "https://commserve.example.com/commandcenter/api";
    private static final String OTHER = "https://commserve.example.com:8443/webconsole/api";

    @TempDir
    Path config;

    @Test
    void eachServerHasItsOwnFileAndAServerWithoutOneHasNoRules() throws Exception {
        RuleStore store = new RuleStore(config);
        assertThat(store.load(SERVER)).isEqualTo(KnownRules.NONE);
        KnownRules rules = KnownRules.of(List.of(KnownRule.of("Access is denied.", ReasonMatch.EXACT, "", "", "ok")));
        store.save(SERVER, rules);

        assertThat(store.load(SERVER)).isEqualTo(rules);
        assertThat(store.load(OTHER)).isEqualTo(KnownRules.NONE);
        Path file = store.fileOf(SERVER);
        assertThat(file.getParent()).isEqualTo(config.resolve("known-failures"));
        assertThat(file.getFileName().toString()).startsWith("commserve.example.com-").endsWith(".json");
        assertThat(store.fileOf(OTHER)).isNotEqualTo(file);
        assertThat(Files.readString(file)).contains("\"server\" : \"" + SERVER + "\"");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).as("no temporary file stays").hasSize(1);
        }
    }

    @Test
    void aFileThatCannotBeReadIsKeptWhenRulesAreSavedAgain() throws Exception {
        RuleStore store = new RuleStore(config);
        Path file = store.fileOf(SERVER);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"rules\": [ hand edited, broken");
        assertThatThrownBy(() -> store.load(SERVER)).isInstanceOf(RulesFileException.class).hasMessageContaining("not valid JSON");

        store.save(SERVER, KnownRules.of(List.of(KnownRule.of("", ReasonMatch.EXACT, "/srv/**", "", ""))));
        assertThat(store.load(SERVER).size()).isEqualTo(1);
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".unreadable"))).contains("hand edited, broken");
    }
}
