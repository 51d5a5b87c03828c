package app.fiv.api;

import java.util.Locale;

/**
 * How one virtual machine of a VM job ended. Commvault documents no table of {@code Status}
 * values; 0, 1 and 2 are read as backed up, failed and backed up with errors (as Commvault's VSA
 * reports them), and words by what they say. Declared in the order an admin looks at them.
 */
public enum VmOutcome {
    FAILED("Failed"),
    PARTIAL("Backed up with errors"),
    UNKNOWN("Unknown"),
    BACKED_UP("Backed up");

    private final String label;

    VmOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the VMs the admin has to look at: failed, or backed up with errors. */
    public boolean needsAttention() {
        return this == FAILED || this == PARTIAL;
    }

    static VmOutcome of(String status) {
        String text = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "0" -> BACKED_UP;
            case "1" -> FAILED;
            case "2" -> PARTIAL;
            default -> ofWords(text);
        };
    }

    private static VmOutcome ofWords(String text) {
        if (text.contains("fail") || text.contains("killed")) {
            return FAILED;
        }
        if (text.contains("partial") || text.contains("error") || text.contains("warning")) {
            return PARTIAL;
        }
        if (text.contains("success") || text.contains("completed") || text.contains("backed up")) {
            return BACKED_UP;
        }
        return UNKNOWN;
    }
}
