package app.fiv.io;

/**
 * How rows are written.
 *
 * @param header         write the column names first (CSV and TSV)
 * @param formulaSafe    neutralise cells that a spreadsheet would run as a formula (CSV and TSV)
 * @param byteOrderMark  start with a UTF-8 byte-order mark, which Excel needs to read UTF-8 CSV
 */
public record ExportOptions(ExportFormat format, boolean header, boolean formulaSafe, boolean byteOrderMark) {
}
