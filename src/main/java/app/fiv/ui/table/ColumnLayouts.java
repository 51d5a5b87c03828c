package app.fiv.ui.table;

import app.fiv.model.Shape;
import app.fiv.settings.AppSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.prefs.Preferences;

/** Remembers a {@link ColumnLayout} per data shape across runs, in the app's settings. */
public final class ColumnLayouts {
    private static final System.Logger LOG = System.getLogger(ColumnLayouts.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** More names than this are not worth a setting, and would not fit in one. */
    private static final int MAX_NAMES = 60;

    private final AppSettings settings;

    public ColumnLayouts(AppSettings settings) {
        this.settings = settings;
    }

    public ColumnLayout load(Shape shape) {
        try {
            return settings.get(key(shape)).map(ColumnLayouts::parse).orElse(ColumnLayout.NONE);
        } catch (IllegalStateException e) {
            // The settings node is gone (removed by hand, or a test's); the data's own layout will do.
            return ColumnLayout.NONE;
        }
    }

    public void save(Shape shape, ColumnLayout layout) {
        try {
            ColumnLayout trimmed = layout.order().size() <= MAX_NAMES ? layout
                    : new ColumnLayout(layout.order().subList(0, MAX_NAMES), layout.widths(), layout.hidden());
            String json = JSON.writeValueAsString(trimmed);
            if (json.length() <= Preferences.MAX_VALUE_LENGTH) {
                settings.put(key(shape), json);
            }
        } catch (JsonProcessingException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not remember the column layout: " + e.getOriginalMessage());
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not remember the column layout: " + e.getMessage());
        }
    }

    private static ColumnLayout parse(String json) {
        try {
            return JSON.readValue(json, ColumnLayout.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return ColumnLayout.NONE;
        }
    }

    private static String key(Shape shape) {
        return "columns." + shape.name();
    }
}
