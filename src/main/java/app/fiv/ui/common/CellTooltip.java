package app.fiv.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A reused cell's tooltip: one for the cell, made when first needed, its text changed with the
 * item. A tooltip is a popup window, too dear to make on every update of a cell that scrolls.
 */
public final class CellTooltip {
    private final Control cell;
    private Tooltip tip;

    public CellTooltip(Control cell) {
        this.cell = cell;
    }

    /** Shows {@code text} on hover, or no tooltip for null. */
    public void show(String text) {
        if (text == null) {
            if (cell.getTooltip() != null) {
                cell.setTooltip(null);
            }
            return;
        }
        if (tip == null) {
            tip = new Tooltip();
        }
        tip.setText(text);
        if (cell.getTooltip() != tip) {
            cell.setTooltip(tip);
        }
    }
}
