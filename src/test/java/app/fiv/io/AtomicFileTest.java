package app.fiv.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("job-1001-failed-items.csv");

        AtomicFile.write(target, out -> out.write("a,b\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("a,b");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aFailureHalfwayLeavesTheExistingFileUntouched() throws IOException {
        Path target = folder.resolve("export.csv");
        Files.writeString(target, "previous export");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[1_000_000]);
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(target).hasContent("previous export");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aMissingFolderFailsWithoutCreatingAnything() {
        Path target = folder.resolve("missing/export.csv");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1))).isInstanceOf(NoSuchFileException.class);
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    @Test
    void messagesSayWhatToDo() {
        Path target = Path.of("/x/export.csv");

        assertThat(IoMessages.cannotWrite(target, new AccessDeniedException("/x"))).contains("permission denied");
        assertThat(IoMessages.cannotWrite(target, new NoSuchFileException("/x"))).contains("folder does not exist");
        assertThat(IoMessages.cannotWrite(target, new IOException("No space left on device"))).contains("disk is full");
    }
}
