package app.fiv.ui.known;

import app.fiv.known.KnownRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rule dialog of view-model tests: it fills a {@link RuleForm} from the draft as the dialog
 * does, lets the test change its fields as the admin would, and saves it (only when the form
 * allows Save) or cancels. Every draft it was opened with is recorded.
 */
final class FakeRuleEditor implements RuleEditor {
    private final List<RuleDraft> drafts = new ArrayList<>();
    private Consumer<RuleForm> admin;

    /** The next dialogs are filled in so and saved. */
    void saveWith(Consumer<RuleForm> fill) {
        this.admin = fill;
    }

    /** The next dialogs are saved as prefilled. */
    void saveAsPrefilled() {
        saveWith(form -> { });
    }

    /** The next dialogs are cancelled. */
    void cancel() {
        this.admin = null;
    }

    @Override
    public Optional<KnownRule> edit(RuleDraft draft) {
        drafts.add(draft);
        if (admin == null) {
            return Optional.empty();
        }
        RuleForm form = new RuleForm(draft);
        admin.accept(form);
        if (!form.validBinding().get()) {
            throw new AssertionError("Save is disabled: " + form.problemBinding().get());
        }
        return Optional.of(form.toRule());
    }

    List<RuleDraft> drafts() {
        return List.copyOf(drafts);
    }

    RuleDraft lastDraft() {
        if (drafts.isEmpty()) {
            throw new AssertionError("the rule dialog was never opened");
        }
        return drafts.get(drafts.size() - 1);
    }
}
