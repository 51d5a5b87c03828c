package app.fiv.demo;

/**
 * Pages of the boxes between a client and the CommServe's web server, copied in the form the
 * common products send them, so the demo's faults look like the real ones.
 */
final class ProxyPages {

    /** HAProxy's page when no server behind it is up. */
    static final String LOAD_BALANCER_503 = """
            <html><body><h1>503 Service Unavailable</h1>
            No server is available to handle this request.
            </body></html>
            """;

    /** Squid's page when it could not reach the web server. */
    static final String PROXY_CONNECT_FAILED = """
            <!DOCTYPE html>
            <html><head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <title>ERROR: The requested URL could not be retrieved</title>
            </head><body id="ERR_CONNECT_FAIL">
            <div id="titles"><h1>ERROR</h1><h2>The requested URL could not be retrieved</h2></div>
            <hr>
            <div id="content">
            <p>The following error was encountered while trying to retrieve the URL: \
            <a href="http://commserve.corp.example.com/commandcenter/api/Job/2021/FailedItems">\
            http://commserve.corp.example.com/commandcenter/api/Job/2021/FailedItems</a></p>
            <blockquote id="error"><p><b>Connection to 10.20.1.15 failed.</b></p></blockquote>
            <p id="sysmsg">The system returned: <i>(111) Connection refused</i></p>
            <p>The remote host or network may be down. Please try the request again.</p>
            <p>Your cache administrator is <a href="mailto:proxy-admin@corp.example.com">proxy-admin@corp.example.com</a>.</p>
            <br></div>
            <hr>
            <div id="footer"><p>Generated Thu, 26 Mar 2026 09:14:02 GMT by proxy01.corp.example.com (squid/5.7)</p></div>
            </body></html>
            """;

    private ProxyPages() {
    }
}
