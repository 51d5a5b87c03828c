package app.fiv.ui.jobs;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;

/**
 * A small icon for each kind of job status, drawn as shapes (no font or icon library needed). Each
 * kind has its own outline, so the icons tell the kinds apart without their colour: an octagon
 * with a cross for a failure, a triangle with "!" for failed items, a diamond with "!" for
 * warnings, a circle with a tick for success, a ring with a dash for anything else. The colours
 * come from the theme (style classes in app.css).
 */
final class StatusIcons {
    private static final double SIZE = 14;

    private StatusIcons() {
    }

    static Node of(JobStatusKind kind) {
        Shape outline;
        SVGPath mark = new SVGPath();
        switch (kind) {
            case FAILED -> {
                outline = octagon();
                mark.setContent("M4.6 4.6 L9.4 9.4 M9.4 4.6 L4.6 9.4");
            }
            case ERRORS, FAILED_ITEMS -> {
                outline = new Polygon(7, 0.6, 13.8, 13, 0.2, 13);
                mark.setContent("M7 4.6 L7 8.6 M7 10.4 L7 11.2");
            }
            case WARNINGS -> {
                outline = new Polygon(7, 0, 14, 7, 7, 14, 0, 7);
                mark.setContent("M7 3.6 L7 7.8 M7 9.6 L7 10.4");
            }
            case COMPLETED -> {
                outline = new Circle(7, 7, 6.6);
                mark.setContent("M3.9 7.2 L6.1 9.4 L10.2 4.8");
            }
            default -> {
                outline = new Circle(7, 7, 5.8);
                outline.getStyleClass().add("status-ring");
                mark.setContent("M4.6 7 L9.4 7");
            }
        }
        outline.getStyleClass().add("status-shape");
        mark.getStyleClass().add("status-mark");
        Group icon = new Group(outline, mark);
        icon.getStyleClass().addAll("status-icon", kind.styleClass());
        icon.setAutoSizeChildren(false);
        icon.setManaged(true);
        icon.prefWidth(SIZE);
        return icon;
    }

    private static Polygon octagon() {
        double a = 4.1;
        double b = 14 - a;
        return new Polygon(a, 0, b, 0, 14, a, 14, b, b, 14, a, 14, 0, b, 0, a);
    }
}
