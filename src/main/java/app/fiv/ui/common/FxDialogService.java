package app.fiv.ui.common;

import app.fiv.api.CertificateInfo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own file chooser, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String proposedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(proposedName);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV (comma-separated)", "*.csv"),
                new FileChooser.ExtensionFilter("TSV (tab-separated)", "*.tsv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public boolean trustCertificate(String server, CertificateInfo certificate, boolean changed) {
        return new CertificateDialog(owner, server, certificate, changed).showAndWait()
                .filter(CertificateDialog.TRUST::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseCaFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CA certificate (PEM)", "*.pem", "*.crt", "*.cer"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path folder, List<FileType> types) {
        return Optional.ofNullable(chooser(title, folder, types).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String proposedName, List<FileType> types) {
        FileChooser chooser = chooser(title, folder, types);
        chooser.setInitialFileName(proposedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> askText(TextQuestion question) {
        return new TextQuestionDialog(owner, question).showAndWait();
    }

    private static FileChooser chooser(String title, Path folder, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        return chooser;
    }
}
