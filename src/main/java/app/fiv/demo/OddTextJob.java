package app.fiv.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Job 2013: a list answer of {@value DemoJobs#ODD_TEXT_ITEMS} items whose text is hard to show,
 * store and export. In order, reason → path, with control, direction and combining characters
 * written as U+XXXX here (the code has them as Java escapes):
 * <ol>
 * <li>"The file name is too long." → {@link #longPath()}, {@value DemoJobs#ODD_TEXT_LONGEST_CELL}
 *     ASCII characters: {@code C:\Users\rvasquez\AppData\Local}, then {@code \Application Data}
 *     61,678 times (the old compatibility junction that points at its own folder), then
 *     {@code \Temp\~DF8A3C41.TMP}</li>
 * <li>"Invalid argument" → {@code /srv/import/daily/sales} TAB {@code 2026-03-21} TAB {@code final.tsv}</li>
 * <li>"Access is denied." CR LF (a Windows message with its line end) → {@code C:\Users\Public\Documents\readme.txt}</li>
 * <li>"No such file or directory" → {@code /home/build/tmp/first line} LF {@code second line.log}</li>
 * <li>"Corrupted stream header (type U+0001)" → {@code /srv/ftp/incoming/} U+001B {@code [31mURGENT}
 *     U+001B {@code [0m invoice} U+0007 {@code .pdf} (terminal colour codes and a bell)</li>
 * <li>"تم رفض الوصول. (Access is denied.)" → {@code D:\Shares\Sales\تقارير\تقرير المبيعات Q1 2026.xlsx}</li>
 * <li>"The process cannot access the file because it is being used by another process."
 *     → {@code \\fs02\legal\חוזים\חוזה שכירות - final v2.docx}</li>
 * <li>"Access is denied." → {@code C:\Users\dcohen\Downloads\invoice_} U+202E {@code xcod.exe}
 *     (a right-to-left override: shown as {@code invoice_exe.docx})</li>
 * <li>"File changed during backup (size or modification time differs)"
 *     → {@code /home/mia/Pictures/👨‍👩‍👧‍👦 Family/👩‍💻 hackathon 🇯🇵 Tokyo 👍🏽.jpg}
 *     (ZWJ sequences, a flag, a skin tone: surrogate pairs throughout)</li>
 * <li>"Operation not supported" → {@code /Volumes/Projects/Café Résumé/Cà phê sữa Việt.pages} with every
 *     accented letter decomposed into a base letter and combining marks (U+0301, U+0300, U+0302,
 *     U+031B, U+0303, U+0323), as macOS stores names</li>
 * </ol>
 */
final class OddTextJob {

    static final String LONG_PATH_START = "C:\\Users\\rvasquez\\AppData\\Local";
    static final String LOOP = "\\Application Data";
    static final String LONG_PATH_END = "\\Temp\\~DF8A3C41.TMP";

    /** Every item but the first, whose 1 MB path is built when sent rather than kept. */
    private static final List<List<String>> SHORT_ITEMS = List.of(
            List.of("Invalid argument", "/srv/import/daily/sales\t2026-03-21\tfinal.tsv"),
            List.of("Access is denied.\r\n", "C:\\Users\\Public\\Documents\\readme.txt"),
            List.of("No such file or directory", "/home/build/tmp/first line\nsecond line.log"),
            List.of("Corrupted stream header (type \u0001)", "/srv/ftp/incoming/\u001B[31mURGENT\u001B[0m invoice\u0007.pdf"),
            List.of("تم رفض الوصول. (Access is denied.)", "D:\\Shares\\Sales\\تقارير\\تقرير المبيعات Q1 2026.xlsx"),
            List.of("The process cannot access the file because it is being used by another process.",
                    "\\\\fs02\\legal\\חוזים\\חוזה שכירות - final v2.docx"),
            List.of("Access is denied.", "C:\\Users\\dcohen\\Downloads\\invoice_\u202Excod.exe"),
            List.of("File changed during backup (size or modification time differs)",
                    "/home/mia/Pictures/👨‍👩‍👧‍👦 Family/👩‍💻 hackathon 🇯🇵 Tokyo 👍🏽.jpg"),
            List.of("Operation not supported",
                    "/Volumes/Projects/Cafe\u0301 Re\u0301sume\u0301/Ca\u0300 phe\u0302 su\u031B\u0303a Vie\u0323\u0302t.pages"));

    private OddTextJob() {
    }

    static DemoJob job() {
        FailedItemsBody body = OddTextJob::write;
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-intl01", 77,
                "DefaultInstanceName", "defaultBackupSet", 78, "AllUsers", 123);
        return new DemoJob(new JobSummary(DemoJobs.ODD_TEXT, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-03-26T20:00:00Z"), DemoTimes.at("2026-03-27T00:46:12Z"),
                1_390_554, 2_204_917_334_016L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    private static void write(FailedItemsSink sink) throws IOException {
        sink.beginList();
        sink.item(item("The file name is too long.", longPath()));
        for (List<String> item : SHORT_ITEMS) {
            sink.item(item(item.get(0), item.get(1)));
        }
        sink.end();
    }

    /** The looping junction's path, exactly {@value DemoJobs#ODD_TEXT_LONGEST_CELL} characters long. */
    static String longPath() {
        int loops = (DemoJobs.ODD_TEXT_LONGEST_CELL - LONG_PATH_START.length() - LONG_PATH_END.length()) / LOOP.length();
        String path = LONG_PATH_START + LOOP.repeat(loops) + LONG_PATH_END;
        if (path.length() != DemoJobs.ODD_TEXT_LONGEST_CELL) {
            throw new IllegalStateException("long demo path is " + path.length() + " characters");
        }
        return path;
    }

    private static Map<String, Object> item(String reason, String path) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("failureReason", reason);
        item.put("entity", path);
        return item;
    }
}
