package app.fiv.demo;

import java.io.IOException;

/**
 * The failed items of one demo job, generated on demand. Implementations must be deterministic
 * (same sink calls on every call) because clients and tests compare runs.
 */
@FunctionalInterface
interface FailedItemsBody {

    void writeTo(FailedItemsSink sink) throws IOException;
}
