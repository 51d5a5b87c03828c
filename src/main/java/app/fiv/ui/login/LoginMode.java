package app.fiv.ui.login;

/** How the admin proves who they are: the password of a Commvault user, or an access token pair made in Command Center. */
public enum LoginMode {
    PASSWORD,
    /** For single sign-on users, who have no password the API accepts, and for service accounts. */
    ACCESS_TOKEN
}
