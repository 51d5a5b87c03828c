package app.fiv.ui.jobs;

import app.fiv.settings.AppSettings;
import app.fiv.ui.table.ColumnLayout;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;

/**
 * The order and the hidden columns of the jobs table, remembered across runs. Until the admin
 * arranges them, the agent, backup set, type and start are hidden, so the columns that say what
 * failed (the counts, the reason) fit in the window; the table's column menu shows them.
 */
public final class JobsColumnLayout {
    static final ColumnLayout DEFAULT = new ColumnLayout(List.of(), Map.of(), Set.of(JobColumn.AGENT.header(),
            JobColumn.BACKUP_SET.header(), JobColumn.TYPE.header(), JobColumn.START.header()));
    private static final String KEY = "columns.jobsView";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final AppSettings settings;

    public JobsColumnLayout(AppSettings settings) {
        this.settings = settings;
    }

    ColumnLayout load() {
        try {
            return settings.get(KEY).map(JobsColumnLayout::parse).orElse(DEFAULT);
        } catch (IllegalStateException e) {
            return DEFAULT;
        }
    }

    void save(List<String> order, Set<String> hidden) {
        try {
            String json = JSON.writeValueAsString(new ColumnLayout(order, Map.of(), hidden));
            if (json.length() <= Preferences.MAX_VALUE_LENGTH) {
                settings.put(KEY, json);
            }
        } catch (JsonProcessingException | IllegalStateException e) {
            System.getLogger(JobsColumnLayout.class.getName()).log(System.Logger.Level.WARNING,
                    () -> "Could not remember the jobs table's columns: " + e.getMessage());
        }
    }

    private static ColumnLayout parse(String json) {
        try {
            return JSON.readValue(json, ColumnLayout.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return DEFAULT;
        }
    }
}
