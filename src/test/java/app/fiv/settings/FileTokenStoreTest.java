package app.fiv.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

    private static final String TOKEN = "QSDK 3856a1f0c2e4secret";

    @TempDir
    Path temp;

    private Path folder;
    private Path file;
    private FileTokenStore store;

    @BeforeEach
    void setUp() {
        folder = temp.resolve("config");
        file = folder.resolve("tokens.json");
        store = new FileTokenStore(file);
    }

    @Test
    void nothingStoredYetLoadsEmptyAndCreatesNothing() throws Exception {
        assertThat(store.load("cs01", "admin")).isEmpty();
        store.delete("cs01", "admin");
        assertThat(folder).doesNotExist();
    }

    @Test
    void tokensRoundTripPerServerAndUser() throws Exception {
        store.save("cs01", "admin", "QSDK 1");
        store.save("cs01", "operator", "QSDK 2");
        store.save("cs02", "admin", "QSDK 3");
        store.save("cs01", "admin", "QSDK 1b"); // a new login replaces the old token

        FileTokenStore reopened = new FileTokenStore(file);
        assertThat(reopened.load("cs01", "admin")).contains("QSDK 1b");
        assertThat(reopened.load("cs01", "operator")).contains("QSDK 2");
        assertThat(reopened.load("cs02", "admin")).contains("QSDK 3");
        assertThat(reopened.load("cs02", "operator")).isEmpty();
    }

    @Test
    void deleteForgetsOnlyThatLogin() throws Exception {
        store.save("cs01", "admin", "QSDK 1");
        store.save("cs02", "admin", "QSDK 2");

        store.delete("cs01", "admin");
        store.delete("cs01", "admin"); // again: not an error

        assertThat(store.load("cs01", "admin")).isEmpty();
        assertThat(store.load("cs02", "admin")).contains("QSDK 2");
    }

    @Test
    void deletingTheLastTokenRemovesTheFile() throws Exception {
        store.save("cs01", "admin", TOKEN);
        store.delete("cs01", "admin");

        assertThat(file).doesNotExist();
    }

    @Test
    void fileAndFolderAreOwnerOnlyFromCreation() throws Exception {
        assumeTrue(OwnerOnlyFiles.isPosix(temp), "POSIX file system");

        store.save("cs01", "admin", TOKEN);

        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void saveReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
        store.save("cs01", "admin", "QSDK 1");
        Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

        store.save("cs02", "admin", "QSDK 2");
        Object after = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        store.save("cs03", "admin", "QSDK 3");

        assertThat(after).isNotNull().isNotEqualTo(before); // a new file renamed into place, not rewritten in place
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void fileIsJsonWithServerUserAndToken() throws Exception {
        store.save("cs01", "admin", TOKEN);

        String json = Files.readString(file);
        assertThat(json).contains("\"server\"", "\"cs01\"", "\"user\"", "\"admin\"", "\"token\"", TOKEN);
    }

    @Test
    void aCorruptFileIsReportedWithoutTheTokenAndTheNextSaveReplacesIt() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(file, TOKEN + " {\"entries\": [", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.load("cs01", "admin"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith("The stored sign-in could not be read (")
                .hasMessageEndingWith("; you will need to log in again.")
                .satisfies(e -> assertNoTokenIn(e));

        store.save("cs01", "admin", "QSDK fresh");
        assertThat(store.load("cs01", "admin")).contains("QSDK fresh");
    }

    @Test
    void valueOfTheWrongShapeCountsAsCorrupt() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(file, "[\"" + TOKEN + "\"]", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.load("cs01", "admin"))
                .isInstanceOf(TokenStoreException.class)
                .satisfies(e -> assertNoTokenIn(e));
    }

    @Test
    void deleteAlsoReplacesACorruptFile() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(file, "{\"entries\": [{\"token\": \"" + TOKEN, StandardCharsets.UTF_8);

        store.delete("cs01", "admin");

        assertThat(file).doesNotExist();
    }

    @Test
    void anUnreadableFileIsReportedReadably() throws Exception {
        Files.createDirectories(file); // a folder where the file should be

        assertThatThrownBy(() -> store.load("cs01", "admin"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("you will need to log in again");
    }

    @Test
    void aTooOpenFileIsStillReadAndMadePrivateOnTheNextSave() throws Exception {
        assumeTrue(OwnerOnlyFiles.isPosix(temp), "POSIX file system");
        store.save("cs01", "admin", TOKEN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store.load("cs01", "admin")).contains(TOKEN);

        store.save("cs02", "admin", "QSDK 2");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(store.load("cs01", "admin")).contains(TOKEN);
    }

    @Test
    void anExistingFolderIsUsedAsItIs() throws Exception {
        assumeTrue(OwnerOnlyFiles.isPosix(temp), "POSIX file system");
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

        store.save("cs01", "admin", TOKEN);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwxr-x---"));
    }

    @Test
    void aFailedSaveIsReportedWithoutTheTokenAndLeavesNoTemporaryFile() throws Exception {
        Files.createDirectories(file.resolve("in-the-way")); // the final rename cannot replace a non-empty folder

        assertThatThrownBy(() -> store.save("cs01", "admin", TOKEN))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith("The sign-in could not be saved")
                .satisfies(e -> assertNoTokenIn(e));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void descriptionNamesTheFile() {
        assertThat(store.description()).isEqualTo("a file readable only by you: " + file.toAbsolutePath());
    }

    private static void assertNoTokenIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("QSDK", "a1f0c2e4secret");
        }
    }
}
