package app.fiv.demo;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Counts failed files and folders the way the job summary reports them. */
final class FailedItemsCounter implements FailedItemsSink {

    /** CSV item types that are containers rather than single items (counted as folders). */
    private static final Set<String> CONTAINER_TYPES = Set.of("mailbox", "folder", "channel", "team", "site");

    private long files;
    private long folders;
    private int itemTypeColumn = -1;

    FailedCounts counts() {
        return new FailedCounts(files, folders);
    }

    @Override
    public void verbatimJson(byte[] json) throws IOException {
        FailedItemsReplay.replay(json, this);
    }

    @Override
    public void beginList() {
    }

    @Override
    public void item(Map<String, ?> fields) {
        Object entity = fields.get("entity");
        Object itemType = fields.get("itemType");
        boolean folder = "Folder".equals(itemType)
                || entity instanceof String path && (path.endsWith("\\") || path.endsWith("/"));
        count(folder);
    }

    @Override
    public void beginCsv(List<String> columns) {
        itemTypeColumn = columns.indexOf("Item Type");
    }

    @Override
    public void row(List<String> cells) {
        boolean container = itemTypeColumn >= 0
                && CONTAINER_TYPES.contains(cells.get(itemTypeColumn).toLowerCase(Locale.ROOT));
        count(container);
    }

    @Override
    public void end() {
    }

    private void count(boolean folder) {
        if (folder) {
            folders++;
        } else {
            files++;
        }
    }
}
