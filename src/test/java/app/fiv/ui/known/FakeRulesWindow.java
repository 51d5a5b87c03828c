package app.fiv.ui.known;

/** The Known failures dialog of view-model tests: it keeps the view-model it was shown with. */
final class FakeRulesWindow implements RulesWindow {
    private KnownRulesViewModel shown;

    @Override
    public void show(KnownRulesViewModel rules) {
        shown = rules;
    }

    KnownRulesViewModel shown() {
        if (shown == null) {
            throw new AssertionError("the Known failures dialog was never opened");
        }
        return shown;
    }

    boolean wasShown() {
        return shown != null;
    }
}
