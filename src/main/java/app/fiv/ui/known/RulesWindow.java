package app.fiv.ui.known;

/** Shows the list of a server's known failures: the Known failures dialog in the window, a fake in tests. */
@FunctionalInterface
public interface RulesWindow {
    RulesWindow NONE = rules -> { };

    void show(KnownRulesViewModel rules);
}
