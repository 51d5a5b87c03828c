package app.fiv.demo;

/** The bare HTML error pages a web server sends for requests that never reach the API. */
final class HtmlPages {

    private HtmlPages() {
    }

    /** Callers pass fixed texts only, so nothing here needs HTML escaping. */
    static String page(int status, String title, String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>HTTP Status " + status
                + " – " + title + "</title></head>\n<body><h1>HTTP Status " + status + " – " + title + "</h1>\n<p>"
                + message + "</p><hr><p>Demo CommServe</p></body></html>\n";
    }
}
