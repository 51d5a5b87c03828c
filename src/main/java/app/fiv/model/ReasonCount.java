package app.fiv.model;

/** One failure reason and how many rows have it. */
public record ReasonCount(String reason, int count) {
}
