package app.fiv.ui.export;

import app.fiv.settings.AppSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The export choices the admin makes once: the last folder, formula protection (on unless turned
 * off) and the byte-order mark Excel needs to read UTF-8. Kept in the app's settings.
 */
public final class ExportSettings {
    static final String FOLDER = "export.folder";
    static final String FORMULA_SAFE = "export.formulaSafe";
    static final String BYTE_ORDER_MARK = "export.byteOrderMark";

    private final AppSettings settings;
    private final BooleanProperty formulaSafe;
    private final BooleanProperty byteOrderMark;

    public ExportSettings(AppSettings settings) {
        this.settings = settings;
        this.formulaSafe = remembered(FORMULA_SAFE, true);
        this.byteOrderMark = remembered(BYTE_ORDER_MARK, false);
    }

    public Optional<Path> folder() {
        try {
            return settings.get(FOLDER).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void rememberFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(FOLDER, folder.toString());
        }
    }

    /** Cells starting with = + - @ tab or CR are written so that spreadsheets show them as text. */
    public BooleanProperty formulaSafeProperty() {
        return formulaSafe;
    }

    /** CSV and TSV files start with a UTF-8 byte-order mark, for Excel. */
    public BooleanProperty byteOrderMarkProperty() {
        return byteOrderMark;
    }

    private BooleanProperty remembered(String key, boolean byDefault) {
        BooleanProperty property = new SimpleBooleanProperty(settings.get(key).map(Boolean::parseBoolean).orElse(byDefault));
        property.addListener((p, old, now) -> settings.put(key, Boolean.toString(now)));
        return property;
    }
}
