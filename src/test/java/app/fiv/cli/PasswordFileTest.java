package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.fiv.demo.DemoCommServe;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: {@code --password-file} sends its first line only, and says when others can read it. */
class PasswordFileTest {
    private static DemoCommServe demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static CliRun export(Path passwordFile) {
        return new CliRun().run("export", "--server", demo.webServiceUrl().toString(), "--user", "demo", "--job", "1001",
                "--password-file", passwordFile.toString());
    }

    private Path file(String name, String content, String permissions) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        }
        return file;
    }

    @Test
    void onlyTheFirstLineIsThePasswordWhateverFollows() throws Exception {
        CliRun notes = export(file("notes", DemoCommServe.PASSWORD + "\n# old: OldSecret123\nmore notes\n", "rw-------"));
        CliRun crlf = export(file("crlf", DemoCommServe.PASSWORD + "\r\nOldSecret123", "rw-------"));

        assertThat(notes.exitCode).as(notes.stderr).isZero();
        assertThat(crlf.exitCode).as(crlf.stderr).isZero();
        assertThat(notes.stderr + crlf.stderr).doesNotContain("OldSecret123").doesNotContain("Warning");
    }

    @Test
    void anEmptyFirstLineIsAUsageErrorAndSendsNothing() throws Exception {
        int before = demo.requests().size();

        CliRun run = export(file("blank-first", "\n" + DemoCommServe.PASSWORD + "\n", "rw-------"));

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("The first line of the password file").contains("is empty");
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void aFileOthersCanReadIsUsedWithAWarningAsSshGives() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path shared = file("shared", DemoCommServe.PASSWORD + "\n", "rw-r--r--");
        Path group = file("group", DemoCommServe.PASSWORD + "\n", "rw-r-----");

        CliRun run = export(shared);
        CliRun groupRun = export(group);

        assertThat(run.exitCode).isZero();
        assertThat(run.stderr).containsOnlyOnce("Warning: the password file " + shared + " can be read by other users"
                + " (permissions rw-r--r--). Make it readable only by you: chmod 600 " + shared);
        assertThat(groupRun.stderr).contains("can be read by other users (permissions rw-r-----)");
    }
}
