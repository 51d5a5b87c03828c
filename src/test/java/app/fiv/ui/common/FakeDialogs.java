package app.fiv.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers every file chooser with the path the test set (or a cancel), and records what was asked. */
public final class FakeDialogs implements DialogService {
    /** What the app proposed: the folder and the file name. */
    public record Asked(String title, Path folder, String proposedName) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private volatile Path answer;

    public void answer(Path path) {
        this.answer = path;
    }

    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, Path folder, String proposedName) {
        asked.add(new Asked(title, folder, proposedName));
        return Optional.ofNullable(answer);
    }

    public synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }
}
