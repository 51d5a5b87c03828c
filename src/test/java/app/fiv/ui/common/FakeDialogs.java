package app.fiv.ui.common;

import app.fiv.api.CertificateInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers every file chooser with the path the test set (or a cancel), and records what was asked. */
public final class FakeDialogs implements DialogService {
    /** What the app proposed: the folder and the file name. */
    public record Asked(String title, Path folder, String proposedName) {
    }

    /** A certificate question: which server, which certificate, and whether it was a change. */
    public record CertificateAsked(String server, CertificateInfo certificate, boolean changed) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private final List<CertificateAsked> certificates = new ArrayList<>();
    private volatile Path answer;
    private volatile boolean trust;
    private volatile Path caFile;
    private volatile Path openAnswer;

    /** Whether certificate questions are answered with "trust". */
    public void trustCertificates(boolean trust) {
        this.trust = trust;
    }

    public void answerCaFile(Path file) {
        this.caFile = file;
    }

    @Override
    public synchronized boolean trustCertificate(String server, CertificateInfo certificate, boolean changed) {
        certificates.add(new CertificateAsked(server, certificate, changed));
        return trust;
    }

    @Override
    public Optional<Path> chooseCaFile(String title) {
        return Optional.ofNullable(caFile);
    }

    public synchronized List<CertificateAsked> certificatesAsked() {
        return List.copyOf(certificates);
    }

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

    /** The file the next open-file choosers answer with; null answers as a cancel. */
    public void answerOpen(Path file) {
        this.openAnswer = file;
    }

    @Override
    public synchronized Optional<Path> chooseOpenFile(String title, Path folder, List<FileType> types) {
        asked.add(new Asked(title, folder, null));
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, Path folder, String proposedName, List<FileType> types) {
        asked.add(new Asked(title, folder, proposedName));
        return Optional.ofNullable(answer);
    }

    private final List<TextQuestion> questions = new ArrayList<>();
    private volatile String textAnswer;

    /** The text the next questions are answered with (checked as the dialog checks it); null answers as a cancel. */
    public void answerText(String text) {
        this.textAnswer = text;
    }

    @Override
    public synchronized Optional<String> askText(TextQuestion question) {
        questions.add(question);
        String text = textAnswer;
        if (text != null && question.problem().apply(text).isPresent()) {
            throw new AssertionError("the dialog would not accept \"" + text + "\": " + question.problem().apply(text).get());
        }
        return Optional.ofNullable(text);
    }

    public synchronized List<TextQuestion> questionsAsked() {
        return List.copyOf(questions);
    }
}
