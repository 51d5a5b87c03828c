package app.fiv.ui.jobdetails;

/** Where one part of a job tab (its details, its events) stands. */
public enum PartState {
    /** Not asked for yet: it loads when first shown. */
    NOT_LOADED,
    /** Cannot be asked now: no session, or a session on another server. */
    NEEDS_LOGIN,
    LOADING,
    SHOWN,
    /** The last load failed; what an earlier one got stays shown. */
    FAILED,
    /** The server has no such endpoint: the part is hidden with a note. */
    UNAVAILABLE
}
