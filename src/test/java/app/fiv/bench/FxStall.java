package app.fiv.bench;

import app.fiv.model.FailedItemsTable;

/** The longest stall of the FX thread while a big job loads, filters and sorts in a real window. */
final class FxStall {
    record Result(double loadMs, double filterMs, double sortMs) {
    }

    private FxStall() {
    }

    static Result measure(FailedItemsTable table) {
        return new Result(Double.NaN, Double.NaN, Double.NaN);
    }
}
