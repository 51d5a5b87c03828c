package app.fiv.ui.jobactions;

/**
 * Asks the admin whether to resubmit a job; a dialog in the window, a fake in tests. Without one
 * nothing is ever sent.
 */
@FunctionalInterface
public interface ResubmitConfirmation {
    ResubmitConfirmation NEVER = target -> false;

    /** True only when the admin chose to resubmit; Cancel, Esc and closing the dialog are no. */
    boolean confirm(ResubmitTarget target);
}
