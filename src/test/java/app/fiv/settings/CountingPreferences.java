package app.fiv.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/** An in-memory root node that counts flushes and can pretend its backing store is broken. */
final class CountingPreferences extends AbstractPreferences {

    private final Map<String, String> values = new HashMap<>();
    int flushes;
    boolean backingStoreBroken;

    CountingPreferences() {
        super(null, "");
    }

    private CountingPreferences(CountingPreferences parent, String name) {
        super(parent, name);
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return new CountingPreferences(this, name);
    }

    @Override
    protected void syncSpi() {
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        if (backingStoreBroken) {
            throw new BackingStoreException("disk full");
        }
        flushes++;
    }
}
