package app.fiv.ui.table;

import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseEvent;

/**
 * A cell of text that tells the table which column was last pressed, for "Copy cell". A cell of
 * a comparison's Change column is styled by its value ({@code :new}, {@code :fixed}), so the rows
 * an admin acts on stand out.
 */
final class TextCell extends TableCell<Integer, String> {
    private static final PseudoClass NEW = PseudoClass.getPseudoClass("new");
    private static final PseudoClass FIXED = PseudoClass.getPseudoClass("fixed");
    private final boolean change;

    TextCell(int column, IntConsumer pressed) {
        this(column, pressed, false);
    }

    TextCell(int column, IntConsumer pressed, boolean change) {
        this.change = change;
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pressed.accept(column));
        if (change) {
            getStyleClass().add("change-cell");
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item);
        if (change) {
            pseudoClassStateChanged(NEW, !empty && "new".equals(item));
            pseudoClassStateChanged(FIXED, !empty && "fixed".equals(item));
        }
    }
}
