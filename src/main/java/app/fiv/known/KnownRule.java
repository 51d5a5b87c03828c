package app.fiv.known;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A failure the admins accept: a reason (exact text or a pattern) and/or a path pattern,
 * optionally for one client only, with a note that the Known column shows. A row is known when it
 * meets every part the rule has.
 *
 * @param id          identifies the rule while it is edited; not part of what it means
 * @param reason      the reason text or pattern; blank for any reason
 * @param reasonMatch how {@code reason} is compared
 * @param path        a {@link PathGlob} pattern; blank for any path
 * @param client      the one client the rule is for, compared ignoring case; blank for every client
 * @param note        why the failure is accepted
 */
public record KnownRule(String id, String reason, ReasonMatch reasonMatch, String path, String client, String note) {
    /** Longer texts are not rules someone wrote: a rules file with one is refused. */
    public static final int MAX_TEXT = 4_000;
    /** What the Known column says for a rule without a note. */
    public static final String NO_NOTE = "known";

    public KnownRule {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        reason = reason == null ? "" : reason;
        reasonMatch = reasonMatch == null ? ReasonMatch.EXACT : reasonMatch;
        path = path == null ? "" : path.strip();
        client = client == null ? "" : client.strip();
        note = note == null ? "" : note.strip();
        if (reasonMatch == ReasonMatch.PATTERN) {
            reason = reason.strip();
        }
        if (reason.isBlank() && path.isEmpty()) {
            throw new IllegalArgumentException("A known failure needs a reason or a path pattern (or both).");
        }
        for (String text : new String[] {reason, path, client, note}) {
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("A known failure's texts are at most " + MAX_TEXT + " characters.");
            }
        }
    }

    /** A new rule, with a fresh ID. */
    public static KnownRule of(String reason, ReasonMatch reasonMatch, String path, String client, String note) {
        return new KnownRule(null, reason, reasonMatch, path, client, note);
    }

    public boolean hasReason() {
        return !reason.isBlank();
    }

    public boolean hasPath() {
        return !path.isEmpty();
    }

    public boolean hasClient() {
        return !client.isEmpty();
    }

    /** The Known column's text: the note, or {@value #NO_NOTE} without one. */
    public String label() {
        return note.isEmpty() ? NO_NOTE : note;
    }

    /** The same rule, whatever its ID: two of them in one list would be one too many. */
    public boolean sameAs(KnownRule other) {
        return reason.equals(other.reason) && reasonMatch == other.reasonMatch && path.equals(other.path)
                && client.equalsIgnoreCase(other.client) && note.equals(other.note);
    }

    /** "reason is “Access is denied.” · path E:\Users\** · client fs-win01", for lists and messages. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (hasReason()) {
            parts.add((reasonMatch == ReasonMatch.EXACT ? "reason is “" : "reason like “") + reason + "”");
        }
        if (hasPath()) {
            parts.add("path " + path);
        }
        parts.add(hasClient() ? "client " + client : "any client");
        return String.join(" · ", parts);
    }
}
