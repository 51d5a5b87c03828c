package app.fiv.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The app icon at the sizes window managers pick from (exported from icons/failed-items-viewer.svg). */
final class WindowIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private WindowIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream png = WindowIcons.class.getResourceAsStream("/app/fiv/icons/failed-items-viewer-" + size + ".png")) {
                if (png != null) {
                    icons.add(new Image(png));
                }
            } catch (IOException e) {
                // A missing icon only costs the window its picture.
            }
        }
        return icons;
    }
}
