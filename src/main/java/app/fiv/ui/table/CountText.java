package app.fiv.ui.table;

import app.fiv.ui.job.Sizes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableIntegerValue;

/**
 * The status bar's count of a table: "50,000 rows"; "1,234 / 50,000 rows" while filters hide
 * some; "1,234 rows · 56 known hidden" when only hiding known failures does; and "· 50 of 150
 * columns shown" for wide data, so the rows never look fewer nor the data narrower than they are.
 */
final class CountText {
    private CountText() {
    }

    static StringBinding of(TableViewModel model, ObservableIntegerValue shown, ObservableIntegerValue knownHidden) {
        return Bindings.createStringBinding(() -> {
            if (model.tableProperty().get() == null) {
                return "";
            }
            int total = model.totalCountProperty().get();
            boolean hiding = model.hideKnownProperty().get() && model.knownColumnProperty().get() >= 0;
            int hidden = hiding ? knownHidden.get() : 0;
            String rows = shown.get() + hidden == total && (hiding || shown.get() == total) ? Sizes.rows(shown.get())
                    : Sizes.count(shown.get()) + " / " + Sizes.rows(total);
            return rows + (hiding ? " · " + Sizes.count(hidden) + " known hidden" : "") + hiddenColumns(model);
        }, model.tableProperty(), shown, knownHidden, model.totalCountProperty(), model.visibleColumnsProperty(),
                model.hideKnownProperty(), model.knownColumnProperty());
    }

    private static String hiddenColumns(TableViewModel model) {
        int all = model.tableProperty().get().columnCount();
        int visible = model.visibleColumnsProperty().get().size();
        return visible >= all ? "" : " · " + Sizes.count(visible) + " of " + Sizes.count(all) + " columns shown";
    }
}
