package app.fiv.ui.table;

import java.util.function.IntConsumer;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseEvent;

/** A cell of text that tells the table which column was last pressed, for "Copy cell". */
final class TextCell extends TableCell<Integer, String> {
    TextCell(int column, IntConsumer pressed) {
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pressed.accept(column));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item);
    }
}
