package app.fiv.ui.known;

import app.fiv.known.KnownRule;
import java.util.Optional;

/** Shows a rule to the admin to complete or change: a dialog in the window, a fake in tests. */
@FunctionalInterface
public interface RuleEditor {
    /** Nothing is ever marked without one. */
    RuleEditor NONE = draft -> Optional.empty();

    /** The rule as the admin saved it; empty when cancelled. */
    Optional<KnownRule> edit(RuleDraft draft);
}
