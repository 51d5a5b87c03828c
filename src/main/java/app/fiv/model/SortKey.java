package app.fiv.model;

/** One column of a sort, in the order the admin chose. */
public record SortKey(int column, boolean ascending) {
}
