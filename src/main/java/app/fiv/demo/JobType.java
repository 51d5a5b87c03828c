package app.fiv.demo;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The job types of the demo, with the names and numbers {@code GET Job}'s {@code jobFilter}
 * accepts for them (from the documentation: {@code Backup}=4, {@code AUXCOPY}=13/104,
 * {@code SYNTHFULL}=14, {@code SNAPBACKUP}=59, {@code DATA_VERIFICATION}=82, {@code ALLOPS}=1).
 * No number is documented for restores, so {@code Restore} is accepted by name only.
 */
enum JobType {
    BACKUP("Backup", 4, "Backup", Set.of("backup"), Set.of(4)),
    RESTORE("Restore", 0, "Restore", Set.of("restore"), Set.of()),
    AUX_COPY("Aux Copy", 104, "Aux Copy", Set.of("auxcopy"), Set.of(13, 104)),
    SYNTHETIC_FULL("Synthetic Full", 14, "Synthetic Full Backup", Set.of("synthfull", "syntheticfull"), Set.of(14)),
    SNAP_BACKUP("Snap Backup", 59, "Snap Backup", Set.of("snapbackup"), Set.of(59)),
    DATA_VERIFICATION("Data Verification", 82, "Data Verification", Set.of("dataverification"), Set.of(82));

    /** Accepted names and numbers, for the message that refuses anything else. */
    static final String ACCEPTED = "Backup (4), Restore, AUXCOPY (13, 104), SYNTHFULL (14), SNAPBACKUP (59),"
            + " DATA_VERIFICATION (82) or ALLOPS (1)";

    private final String displayName;
    private final int opType;
    private final String mainPhase;
    private final Set<String> names;
    private final Set<Integer> numbers;

    JobType(String displayName, int opType, String mainPhase, Set<String> names, Set<Integer> numbers) {
        this.displayName = displayName;
        this.opType = opType;
        this.mainPhase = mainPhase;
        this.names = names;
        this.numbers = numbers;
    }

    /** As {@code jobType} and {@code localizedOperationName} show it. */
    String displayName() {
        return displayName;
    }

    /** The summary's {@code opType}; 0 when the documentation gives none (then it is left out). */
    int opType() {
        return opType;
    }

    /** The phase an active job of this type is in. */
    String mainPhase() {
        return mainPhase;
    }

    /**
     * The types one comma-separated part of {@code jobFilter} names: a name in any letter case, with
     * or without spaces and underscores, or a number. Empty if it names none.
     */
    static Optional<Set<JobType>> parse(String part) {
        String key = part.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        if (key.equals("allops") || key.equals("1")) {
            return Optional.of(EnumSet.allOf(JobType.class));
        }
        for (JobType type : values()) {
            if (type.names.contains(key) || isNumber(key) && type.numbers.contains(Integer.parseInt(key))) {
                return Optional.of(EnumSet.of(type));
            }
        }
        return Optional.empty();
    }

    private static boolean isNumber(String key) {
        return !key.isEmpty() && key.length() <= 9 && key.chars().allMatch(Character::isDigit);
    }
}
