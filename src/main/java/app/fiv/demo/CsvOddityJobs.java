package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;

/**
 * Jobs 2005 and 2010 to 2012: the CSV shape without its flag, or with a header that does not fit
 * its rows: rows shorter and longer than the header, duplicate and blank column names, no header.
 */
final class CsvOddityJobs {

    private static final List<String> SHAREPOINT_COLUMNS =
            List.of("Item Type", "Item Name", "Site", "Path", "Status", "Reason", "GUID");
    private static final String AKIM = "/personal/akim_contoso_com/Documents/";
    private static final String BSATO = "/personal/bsato_contoso_com/Documents/";
    private static final String FORBIDDEN = "Error in performing get item web request. [Error code [accessDenied], "
            + "Error message [Access denied.], Status code [403] [Forbidden]]";
    private static final String THROTTLED = "Error in performing get children web request. [Error code "
            + "[activityLimitReached], Error message [The request has been throttled.], Status code [429] [TooManyRequests]]";

    private CsvOddityJobs() {
    }

    static DemoJob csvWithoutFlag() {
        JobOrigin origin = new JobOrigin("SharePoint Server", 78, "sharepoint-online", 61,
                "SharePoint Online", "defaultBackupSet", 62, "AllSites", 115);
        ObjectNode answer = Json.object();
        ObjectNode csv = answer.putObject("failedItemsCSV");
        SHAREPOINT_COLUMNS.forEach(csv.putArray("columns")::add);
        ArrayNode rows = csv.putArray("rows");
        row(rows, "File", "Q1 Board Pack.pptx", "Finance", "/sites/Finance/Shared Documents/Board/Q1 Board Pack.pptx",
                "Failed", "Error in performing get item web request [https://contoso.sharepoint.com/sites/Finance/_api/web/"
                        + "GetFileByServerRelativeUrl('/sites/Finance/Shared%20Documents/Board/Q1%20Board%20Pack.pptx')]. "
                        + "[Error code [Forbidden], Error message [Access denied.], Status code [403] [Forbidden]]",
                "3f6c1a2e-8d4b-4f7a-9c31-5be0d2a7e914");
        row(rows, "List", "Site Pages", "Intranet", "/sites/Intranet/SitePages", "Failed",
                "Error in performing get list items web request [https://contoso.sharepoint.com/sites/Intranet/_api/web/"
                        + "lists(guid'b2d7e6f1-0c4a-4e55-8a3b-7f91c2d4e6a8')/items]. [Error code [TooManyRequests], "
                        + "Error message [The request has been throttled.], Status code [429] [TooManyRequests]]",
                "b2d7e6f1-0c4a-4e55-8a3b-7f91c2d4e6a8");
        row(rows, "File", "Vertrag Müller GmbH.docx", "Legal", "/sites/Legal/Contracts/2026/Vertrag Müller GmbH.docx",
                "Skipped", "File size [16.2 GB] exceeds the maximum supported item size [15 GB].",
                "c91e04b7-2a6d-4c1f-b8e3-0d5f7a9b1c26");
        row(rows, "Folder", "Archive", "Projects", "/sites/Projects/Shared Documents/Archive", "Failed",
                "Error in performing get folder web request [https://contoso.sharepoint.com/sites/Projects/_api/web/"
                        + "GetFolderByServerRelativeUrl('/sites/Projects/Shared%20Documents/Archive')]. [Error code "
                        + "[itemNotFound], Error message [The resource could not be found.], Status code [404] [NotFound]]",
                "5a0d3e8c-7b19-4d62-a4f0-e3c8b1d9f702");
        return new DemoJob(new JobSummary(DemoJobs.CSV_WITHOUT_FLAG, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-22T01:00:00Z"), DemoTimes.at("2026-03-22T03:12:45Z"),
                284_116, 1_204_660_391_936L, new FailedCounts(3, 1)),
                new FailedItemsAnswer.Fault(ApiResponse.structured(200, XmlFailedItemsSink.ROOT, answer)));
    }

    static DemoJob raggedRows() {
        FailedItemsBody body = CsvOddityJobs::writeRagged;
        JobOrigin origin = new JobOrigin("OneDrive for Business", 118, "onedrive-contoso", 73,
                "OneDrive", "defaultBackupSet", 74, "AllUsers", 121);
        return new DemoJob(new JobSummary(DemoJobs.CSV_RAGGED_ROWS, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-25T03:00:00Z"), DemoTimes.at("2026-03-25T04:51:09Z"),
                61_094, 377_011_855_360L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    /** Cells per row: 3, 5, 8, 5, 4, 6 under a header of 5. */
    private static void writeRagged(FailedItemsSink sink) throws IOException {
        sink.beginCsv(List.of("Item Type", "Item Name", "Path", "Status", "Reason"));
        sink.row(List.of("File", "Budget 2026.xlsx", AKIM + "Finance/Budget 2026.xlsx"));
        sink.row(List.of("File", "Roadmap.pptx", AKIM + "Roadmap.pptx", "Failed", FORBIDDEN));
        sink.row(List.of("Folder", "Recordings", BSATO + "Recordings", "Failed", THROTTLED,
                "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K", "2026-03-25T04:12:55Z", "retry 3 of 3"));
        sink.row(List.of("File", "Offsite.one", BSATO + "Notebooks/Offsite.one", "Skipped",
                "OneNote notebooks are backed up by the OneNote agent."));
        sink.row(List.of("File", "IMG_4410.HEIC", BSATO + "Pictures/Camera Roll/IMG_4410.HEIC", "Failed"));
        sink.row(List.of("File", "Q1 forecast.xlsx", AKIM + "Finance/Q1 forecast.xlsx", "Failed", FORBIDDEN,
                "01BYE5RZ3LQ7VWDEJFWZB2YEKHTIKCQK4A"));
        sink.end();
    }

    static DemoJob oddHeader() {
        FailedItemsBody body = CsvOddityJobs::writeOddHeader;
        JobOrigin origin = new JobOrigin("Windows File System", 33, "dr-fs01", 75,
                "DefaultInstanceName", "Replication", 76, "Marketing", 122);
        return new DemoJob(new JobSummary(DemoJobs.CSV_ODD_HEADER, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-25T22:00:01Z"), DemoTimes.at("2026-03-25T22:31:26Z"),
                19_336, 92_140_011_520L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    /** Source path, reason, destination path, Win32 code, time, symbolic code: six cells under six odd names. */
    private static void writeOddHeader(FailedItemsSink sink) throws IOException {
        sink.beginCsv(List.of("Path", "Reason", "Path", "", " ", "Reason"));
        sink.row(List.of("\\\\fs01\\Marketing\\Brand\\Logo final.ai", "Access is denied.",
                "\\\\dr-fs01\\Marketing\\Brand\\Logo final.ai", "5", "2026-03-25 22:14:07", "ERROR_ACCESS_DENIED"));
        sink.row(List.of("\\\\fs01\\Marketing\\Campaigns\\Spring 2026\\video-master.mov",
                "There is not enough space on the disk.", "\\\\dr-fs01\\Marketing\\Campaigns\\Spring 2026\\video-master.mov",
                "112", "2026-03-25 22:19:42", "ERROR_DISK_FULL"));
        sink.row(List.of("\\\\fs01\\Marketing\\Events\\Booth plan.vsdx",
                "The process cannot access the file because it is being used by another process.",
                "\\\\dr-fs01\\Marketing\\Events\\Booth plan.vsdx", "32", "2026-03-25 22:20:03", "ERROR_SHARING_VIOLATION"));
        sink.row(List.of("\\\\fs01\\Marketing\\Press\\", "The network path was not found.",
                "\\\\dr-fs01\\Marketing\\Press\\", "53", "2026-03-25 22:24:51", "ERROR_BAD_NETPATH"));
        sink.row(List.of("\\\\fs01\\Marketing\\Web\\assets\\hero@2x.png", "The file name is too long.",
                "\\\\dr-fs01\\Marketing\\Web\\assets\\hero@2x.png", "206", "2026-03-25 22:27:18", "ERROR_FILENAME_EXCED_RANGE"));
        sink.end();
    }

    static DemoJob noColumns() {
        JobOrigin origin = new JobOrigin("Microsoft Teams", 134, "m365-teams", 27,
                "DefaultInstanceName", "defaultBackupSet", 31, "default", 88);
        ObjectNode answer = Json.object().put("isFailedItemsCSV", true);
        ArrayNode rows = answer.putObject("failedItemsCSV").putArray("rows");
        row(rows, "Channel", "General", "Sales EMEA", "\\Sales EMEA", "Failed",
                "Error in performing get channel messages web request. [Error code [Forbidden], Error message "
                        + "[Forbidden], Status code [403] [Forbidden]]",
                "19:a3f0c2e1b4d5469a8f7e6d5c4b3a2910@thread.tacv2");
        row(rows, "Message", "RE: Pricing for Q2", "Sales EMEA", "\\Sales EMEA\\General", "Failed",
                "Error in performing get message replies web request. [Error code [TooManyRequests], Error message "
                        + "[Too many requests.], Status code [429] [TooManyRequests]]",
                "1711962215447");
        row(rows, "File", "Price list 2026.xlsx", "Sales EMEA", "\\Sales EMEA\\General\\Files", "Failed",
                "Error in performing get drive item web request. [Error code [itemNotFound], Error message "
                        + "[The resource could not be found.], Status code [404] [NotFound]]",
                "01QKZ3V7J6HQXDG4T3ZBF2NQKYPLO3EYHK");
        return new DemoJob(new JobSummary(DemoJobs.CSV_NO_COLUMNS, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-26T01:15:00Z"), DemoTimes.at("2026-03-26T02:07:44Z"),
                5_219, 2_904_117_306L, new FailedCounts(2, 1)),
                new FailedItemsAnswer.Fault(ApiResponse.structured(200, XmlFailedItemsSink.ROOT, answer)));
    }

    private static void row(ArrayNode rows, String... cells) {
        ArrayNode row = rows.addObject().putArray("row");
        for (String cell : cells) {
            row.add(cell);
        }
    }
}
