package app.fiv.ui.common;

import java.util.List;

/** A kind of file a chooser offers: "JSON (*.json)". */
public record FileType(String description, List<String> patterns) {
    public static final FileType JSON = new FileType("JSON", List.of("*.json"));
    public static final FileType XML = new FileType("XML", List.of("*.xml"));
    public static final FileType ANY = new FileType("All files", List.of("*"));

    public FileType {
        patterns = List.copyOf(patterns);
    }
}
