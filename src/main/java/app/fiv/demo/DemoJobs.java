package app.fiv.demo;

/**
 * Job IDs of the demo CommServe's data sets, one per situation a client has to cope with.
 * Any ID not listed here (for example {@link #MISSING}) does not exist on the demo server.
 */
public final class DemoJobs {

    /** Windows file system job serving the documented list-shaped sample verbatim. */
    public static final long LIST_SAMPLE = 1001;
    /** Microsoft Teams job serving the documented CSV-shaped sample verbatim. */
    public static final long CSV_SAMPLE = 1002;
    /** Linux file system job: about 150 Unix paths, some of them non-Latin (accents, Japanese, Cyrillic, emoji). */
    public static final long LINUX_SERVER = 1003;
    /** UNC paths whose items carry undocumented keys, in varying order, some of them only on later items. */
    public static final long UNC_EXTRA_KEYS = 1004;
    /** Big Windows file server job with {@link #LARGE_FILE_SERVER_ITEMS} items, streamed. */
    public static final long LARGE_FILE_SERVER = 1005;
    /** Exchange mailbox job answering in the CSV shape (about 300 rows). */
    public static final long EXCHANGE_MAILBOXES = 1006;
    /** Completed job whose failed-items list is empty. */
    public static final long NO_FAILED_ITEMS = 1007;
    /** Failed items answered with HTTP 200 whose body is an error (errorCode 19), as Commvault sometimes does. */
    public static final long ERROR_BODY_200 = 1008;
    /** Failed items answered with HTTP 500. */
    public static final long SERVER_ERROR_500 = 1009;
    /**
     * Failed items answered with HTTP 200 and an HTML page (a login portal of a proxy in front of
     * the web server), whatever the Accept header.
     */
    public static final long HTML_PAGE_200 = 1010;
    /**
     * Failed items whose body (list shape, {@link #CUT_OFF_ITEMS} items, JSON or XML) announces
     * its full length but stops about half-way, when the server closes the connection.
     */
    public static final long CUT_OFF = 1011;
    /** File server job with {@link #MILLION_ITEMS} items (list shape, paths of 40 to 120 characters, some non-Latin). */
    public static final long MILLION_ITEMS = 1012;
    /** Exchange job answering in the CSV shape with {@link #LARGE_CSV_ROWS} rows. */
    public static final long LARGE_CSV = 1013;
    /** A slow server: {@link #SLOW_ITEMS} items trickling out in batches of 100 every 100 ms. */
    public static final long SLOW = 1014;
    /** A job ID that does not exist. */
    public static final long MISSING = 4040;

    // Fault modes: each job's GET /Job/{id} answers a normal summary; only its FailedItems misbehave.

    /** HTTP 200, Content-Type of the asked format (JSON or XML), {@code Content-Length: 0}: no body at all. */
    public static final long EMPTY_BODY = 2001;
    /**
     * HTTP 200, {@code text/plain;charset=utf-8}, the body {@code Service is starting, please retry.}
     * (no line end), as a restarting web server sends it, whatever the Accept header.
     */
    public static final long PLAIN_TEXT_200 = 2002;
    /**
     * HTTP 200 with a Content-Length: a list answer of six Linux items whose fourth item lacks the
     * comma between its two fields ({@code "failureReason":"…" "entity":"…"}); everything else is
     * complete and well-formed. Asked for XML, the same items as XML whose fourth
     * {@code <failedItems>} element is closed by a mismatched {@code </failedItem>} tag.
     */
    public static final long INVALID_JSON = 2003;
    /**
     * HTTP 200, a well-formed answer of another endpoint's shape: the job list
     * {@code {"totalRecordsWithoutPaging":0,"jobs":[]}} (XML: an empty
     * {@code <JobManager_JobListResponse totalRecordsWithoutPaging="0">}), with no failed items,
     * no CSV flag and no error fields.
     */
    public static final long OTHER_SHAPE = 2004;
    /**
     * HTTP 200, the CSV shape ({@code failedItemsCSV} with {@code columns} and four {@code rows}) of
     * a SharePoint job, without any {@code isFailedItemsCSV} key (XML: no such attribute).
     */
    public static final long CSV_WITHOUT_FLAG = 2005;
    /**
     * HTTP 200, {@code "isFailedItemsCSV": true} with the list shape: four {@code failedItems}
     * objects and no {@code failedItemsCSV}.
     */
    public static final long FLAG_CONTRADICTS = 2006;
    /** HTTP 200, exactly {@code {"failedItems":null}}; as XML an empty root element {@code CVGui_JobFailedItemsResp}. */
    public static final long NULL_ITEMS = 2007;
    /**
     * HTTP 200, JSON whatever the Accept header: {@code "isFailedItemsCSV":false} and a
     * {@code failedItems} array of five strings and numbers instead of objects.
     */
    public static final long ITEMS_NOT_OBJECTS = 2008;
    /**
     * HTTP 200, the list shape with six items whose values besides strings are numbers
     * ({@code "size": 1048576}), booleans ({@code "retried": false}), null ({@code "owner": null}),
     * objects ({@code "details": {"code": 5, "stage": "scan"}}) and arrays ({@code "streams": [1, 2]}).
     * As XML, as the other answers render them: scalars are attributes (a null one is left out),
     * an object is a child element with attributes, an array one child element per entry.
     */
    public static final long MIXED_VALUE_TYPES = 2009;
    /**
     * HTTP 200, the CSV shape with 5 columns and six rows of 3, 5, 8, 5, 4 and 6 cells: rows
     * shorter and longer than the header.
     */
    public static final long CSV_RAGGED_ROWS = 2010;
    /**
     * HTTP 200, the CSV shape with the columns {@code ["Path", "Reason", "Path", "", " ", "Reason"]}
     * (duplicates, an empty and a blank name) and five rows of six cells.
     */
    public static final long CSV_ODD_HEADER = 2011;
    /** HTTP 200, {@code "isFailedItemsCSV": true} and {@code failedItemsCSV} with three {@code rows} but no {@code columns} key. */
    public static final long CSV_NO_COLUMNS = 2012;
    /**
     * HTTP 200, the list shape with {@value #ODD_TEXT_ITEMS} items of odd text: an ASCII path of
     * exactly {@value #ODD_TEXT_LONGEST_CELL} characters; tab, line feed, carriage return, U+0001,
     * U+0007 and U+001B inside values; Arabic and Hebrew names mixed with Latin ones, and a
     * right-to-left override; emoji with surrogate pairs, ZWJ sequences and flags; combining
     * accents. The exact strings are listed in the demo's {@code OddTextJob}. The JSON writes the
     * control characters and those beyond the BMP as escape sequences (the latter as UTF-16
     * surrogate pairs), the rest as UTF-8. XML cannot carry U+0001, U+0007 and U+001B at all: its
     * answer has U+FFFD in their place, and tab, line feed and carriage return as character references.
     */
    public static final long ODD_TEXT = 2013;
    /**
     * HTTP 503 with {@code Retry-After: 120} and a load balancer's HTML "503 Service Unavailable"
     * page ({@code text/html}), whatever the Accept header.
     */
    public static final long UNAVAILABLE_503 = 2014;
    /**
     * HTTP 404 with the web server's HTML "Not Found" page ({@code text/html}), the same page as for
     * any path that is not an API endpoint: a CommServe from before the FailedItems endpoint.
     * Unlike {@link #MISSING}, no Commvault error body.
     */
    public static final long NO_ENDPOINT_404 = 2015;
    /**
     * HTTP 200 with Commvault's other error form, an {@code errList}:
     * {@code {"errList":[{"errorCode":1136,"errLogMessage":"Access denied: user does not have View
     * permission on the client.","errorType":0}]}} (XML: an {@code <errList>} element with those
     * attributes inside {@code <CVGui_JobFailedItemsResp>}).
     */
    public static final long ERRLIST_200 = 2016;
    /**
     * HTTP 200 whose Content-Length announces a whole list answer of {@value #STALL_ITEMS} items
     * (JSON or XML); the first half of the bytes is sent and flushed, then nothing more. The
     * connection stays open until the server is closed or for 5 minutes, then closes short of its
     * length. A client hanging up is not noticed before then (the JDK's server shows it only to a
     * handler that writes). The stall holds no server thread, so other requests are answered meanwhile.
     */
    public static final long STALL_MID_BODY = 2017;
    /**
     * The request is read and nothing is sent, not even a status line, until the server is closed
     * or for 5 minutes; then the connection closes without a byte. As for {@link #STALL_MID_BODY},
     * a client hanging up is not noticed, and no server thread is held.
     */
    public static final long STALL_BEFORE_HEADERS = 2018;
    /**
     * HTTP 200, {@code application/xml;charset=utf-8}: the XML list answer of {@value #XML_ANYWAY_ITEMS}
     * Windows items even when JSON was asked for, as a server that ignores the Accept header.
     */
    public static final long XML_ANYWAY = 2019;
    /**
     * The request is read and the connection closed at once, without a status line or any byte:
     * a client sees the connection end before a response.
     */
    public static final long DROPPED_CONNECTION = 2020;
    /**
     * HTTP 200 with {@code Content-Type: application/json;charset=utf-8} but an HTML body: a web
     * proxy's "The requested URL could not be retrieved" error page, mislabelled.
     */
    public static final long HTML_AS_JSON = 2021;

    // Hostile answers (issue 13): what a compromised CommServe can send to take a client down or
    // mislead its admin. As for the fault modes, GET /Job/{id} answers a summary.

    /**
     * HTTP 200, {@code application/xml;charset=utf-8} whatever the Accept header: the 252-byte
     * answer {@code <r><failedItems>} + {@value #XML_NESTED_VALUE_DEPTH}
     * nested {@code <a>} elements around the letter {@code x} + the end tags. A value that doubles
     * at every level if each level is quoted as a string again.
     */
    public static final long XML_NESTED_VALUE = 2022;
    /** As {@link #XML_NESTED_VALUE}, with {@value #XML_NESTED_TOO_DEEP_DEPTH} nested {@code <a>} elements. */
    public static final long XML_NESTED_TOO_DEEP = 2023;
    /**
     * HTTP 200, XML whatever the Accept header, chunked: one {@code <failedItems failureReason="Access
     * is denied.">} whose {@code <entity>} element holds {@value #XML_SPLIT_VALUE_RUNS} runs of
     * {@value #XML_SPLIT_VALUE_RUN_CHARS} letters {@code x}, separated by {@code <!-- continued -->}
     * comments: each run below a parser's usual text limit, together 75,497,472 characters.
     */
    public static final long XML_SPLIT_VALUE = 2024;
    /**
     * HTTP 200, the list shape (JSON or XML) with {@value #KEY_PER_ITEM_ITEMS} items, each with
     * {@code failureReason}, {@code entity} and a key of its own ({@code item-00001} … with the value
     * {@code x}): 1,000 keys in all.
     */
    public static final long KEY_PER_ITEM = 2025;
    /**
     * HTTP 200, the list shape (JSON or XML) with {@value #TOO_MANY_KEYS_ITEMS} items that each
     * have one key of their own and nothing else ({@code {"item-00001":"x"}}, …): about 300 KB of
     * JSON naming 16,000 keys.
     */
    public static final long TOO_MANY_KEYS = 2026;
    /**
     * HTTP 200 with a Commvault error body (errorCode 19) whose {@code errorMessage} holds terminal
     * control sequences: ESC [2J and ESC [H (clear the screen), OSC 0 … BEL (set the window title),
     * CR LF and a forged {@code Error: none, all good} line, the 8-bit CSI U+009B and a right-to-left
     * override. Its summary's client name and status carry control sequences too. In XML the C0
     * controls other than CR and LF are U+FFFD, as XML 1.0 cannot carry them. The demo user
     * {@code escapes} (any password) is refused at login with the same message.
     */
    public static final long TERMINAL_ESCAPES = 2027;
    /**
     * HTTP 200, the list shape with 12 items whose paths (or reason) begin with what spreadsheets
     * may run as a formula: {@code =}; a space, a no-break space (U+00A0), an ideographic space
     * (U+3000), a line feed or NUL before {@code = + - @}; the full-width {@code ＝ ＋ － ＠}
     * (U+FF1D, U+FF0B, U+FF0D, U+FF20); a tab; and one plain path. In XML the NUL is U+FFFD.
     */
    public static final long FORMULA_LOOKALIKES = 2028;

    /** Nesting depth of {@link #XML_NESTED_VALUE}. */
    public static final int XML_NESTED_VALUE_DEPTH = 31;
    /** Nesting depth of {@link #XML_NESTED_TOO_DEEP}. */
    public static final int XML_NESTED_TOO_DEEP_DEPTH = 100;
    /** Number of text runs of {@link #XML_SPLIT_VALUE}. */
    public static final int XML_SPLIT_VALUE_RUNS = 3;
    /** Letters in each text run of {@link #XML_SPLIT_VALUE}: 24 Mi. */
    public static final int XML_SPLIT_VALUE_RUN_CHARS = 25_165_824;
    /** Number of items of {@link #KEY_PER_ITEM}: with the two usual keys, 1,000 keys. */
    public static final int KEY_PER_ITEM_ITEMS = 998;
    /** Number of items of {@link #TOO_MANY_KEYS}. */
    public static final int TOO_MANY_KEYS_ITEMS = 16_000;
    /** Number of items of {@link #FORMULA_LOOKALIKES}. */
    public static final int FORMULA_LOOKALIKES_ITEMS = 12;

    /** Number of failed items the whole body of {@link #CUT_OFF} would have had. */
    public static final int CUT_OFF_ITEMS = 2_000;
    /** The first of twenty file server jobs of {@link #BENCHMARK_ITEMS} items each, for a tab of many jobs at scale. */
    public static final long BENCHMARK_FIRST = 3001;
    /** The last of them. */
    public static final long BENCHMARK_LAST = 3020;
    /** Exact number of failed items of each of the jobs {@link #BENCHMARK_FIRST} to {@link #BENCHMARK_LAST}. */
    public static final int BENCHMARK_ITEMS = 50_000;
    /** Exact number of failed items of {@link #LARGE_FILE_SERVER}. */
    public static final int LARGE_FILE_SERVER_ITEMS = 50_000;

    /** Exact number of failed items of {@link #MILLION_ITEMS}. */
    public static final int MILLION_ITEMS_COUNT = 1_000_000;
    /** Exact number of rows of {@link #LARGE_CSV}. */
    public static final int LARGE_CSV_ROWS = 200_000;
    /** Exact number of failed items of {@link #SLOW}. */
    public static final int SLOW_ITEMS = 3_000;

    /** Number of items of {@link #ODD_TEXT}. */
    public static final int ODD_TEXT_ITEMS = 10;
    /** Length in characters (and UTF-8 bytes: it is ASCII) of the longest value of {@link #ODD_TEXT}, 1 MiB. */
    public static final int ODD_TEXT_LONGEST_CELL = 1_048_576;
    /** Number of failed items the whole body of {@link #STALL_MID_BODY} would have had. */
    public static final int STALL_ITEMS = 500;
    /** Number of failed items of {@link #XML_ANYWAY}. */
    public static final int XML_ANYWAY_ITEMS = 20;

    private DemoJobs() {
    }
}
