package app.fiv.cli;

/** How {@code details} prints: for people, or for scripts. */
enum DetailsFormat {
    TEXT, JSON
}
