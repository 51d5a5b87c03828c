package app.fiv.ui.jobdetails;

import app.fiv.api.EventSeverity;
import app.fiv.api.VmOutcome;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;

/**
 * Small icons that tell severities apart by shape as well as colour (for colour-blind admins and
 * grey printouts): a cross for critical and failed, a triangle for major and with errors, a
 * diamond for minor and unknown, a circle for information and backed up. Colours come from the
 * stylesheet, so they follow the theme.
 */
public final class StatusGlyph {
    private static final double SIZE = 12;

    private StatusGlyph() {
    }

    public static Node of(EventSeverity severity) {
        return switch (severity) {
            case CRITICAL -> styled(cross(), "glyph-critical");
            case MAJOR -> styled(triangle(), "glyph-major");
            case MINOR -> styled(diamond(), "glyph-minor");
            case INFORMATION -> styled(circle(), "glyph-information");
        };
    }

    public static Node of(VmOutcome outcome) {
        return switch (outcome) {
            case FAILED -> styled(cross(), "glyph-critical");
            case PARTIAL -> styled(triangle(), "glyph-major");
            case UNKNOWN -> styled(diamond(), "glyph-minor");
            case BACKED_UP -> styled(circle(), "glyph-ok");
        };
    }

    /** An X: a plus turned by 45 degrees. */
    private static Shape cross() {
        double size = SIZE + 2;
        double a = (size - 4.2) / 2;
        double b = size - a;
        Polygon plus = new Polygon(a, 0, b, 0, b, a, size, a, size, b, b, b, b, size, a, size, a, b, 0, b, 0, a, a, a);
        plus.setRotate(45);
        return plus;
    }

    private static Shape triangle() {
        return new Polygon(SIZE / 2, 0, SIZE, SIZE, 0, SIZE);
    }

    private static Shape diamond() {
        return new Polygon(SIZE / 2, 0, SIZE, SIZE / 2, SIZE / 2, SIZE, 0, SIZE / 2);
    }

    private static Shape circle() {
        return new Circle(SIZE / 2, SIZE / 2, SIZE / 2 - 0.5);
    }

    private static Shape styled(Shape shape, String styleClass) {
        shape.getStyleClass().addAll("status-glyph", styleClass);
        return shape;
    }
}
