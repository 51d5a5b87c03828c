package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

/**
 * No answer at all: the connection is closed before a status line, as when a server process
 * crashes or a firewall resets the connection mid-request.
 */
record DroppedConnectionResponse() implements ApiResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) {
        // Closing an exchange whose headers were never sent closes its socket; nothing is written.
        exchange.close();
    }
}
