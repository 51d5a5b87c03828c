package app.fiv.ui.known;

import app.fiv.known.KnownRule;
import app.fiv.known.ReasonMatch;

/**
 * What the rule dialog starts with: a new rule prefilled from what was chosen, or a rule to edit.
 *
 * @param title      the dialog's heading: "Mark as known", "Edit known failure"
 * @param scope      where it was opened from and whose rules it changes, in words
 * @param id         the rule being edited, or null for a new one
 * @param client     the client to offer, even when the rule is not for it only
 * @param onlyClient whether the rule starts as for that client only
 */
public record RuleDraft(String title, String scope, String id, String reason, ReasonMatch reasonMatch, String path,
                        String client, boolean onlyClient, String note) {

    /** The draft to edit an existing rule. */
    public static RuleDraft editing(KnownRule rule, String scope) {
        return new RuleDraft("Edit known failure", scope, rule.id(), rule.reason(), rule.reasonMatch(), rule.path(),
                rule.client(), rule.hasClient(), rule.note());
    }
}
