package app.fiv.ui.common;

import java.util.Optional;
import java.util.function.Function;

/**
 * A question answered with one line of text (a job ID). While the text will not do, the dialog
 * says why under the field and OK stays disabled, so the answer given is always one that will do.
 *
 * @param title    the dialog's title
 * @param header   what is asked, in a sentence
 * @param label    the field's label
 * @param initial  the text the field starts with
 * @param problem  what is wrong with a text, or empty when it will do
 */
public record TextQuestion(String title, String header, String label, String initial,
                           Function<String, Optional<String>> problem) {
    public TextQuestion {
        initial = initial == null ? "" : initial;
    }
}
