package app.fiv.io;

/** The file formats rows can be written in. */
public enum ExportFormat {
    /** RFC 4180: comma-separated, double-quoted where needed, CRLF line ends. */
    CSV("csv"),
    /** Tab-separated, quoted like CSV where needed: what spreadsheets paste as columns. */
    TSV("tsv"),
    /** An array of objects keyed by column name. */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
