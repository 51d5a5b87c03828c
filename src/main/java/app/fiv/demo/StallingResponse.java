package app.fiv.demo;

/**
 * An answer that sends what it sends and then leaves the connection open, saying nothing more.
 * The handler hands its exchange to the server's {@link StalledExchanges} instead of closing it,
 * so a stall holds a socket but no thread of the server's small pool.
 */
interface StallingResponse extends ApiResponse {
}
