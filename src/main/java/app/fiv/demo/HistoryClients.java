package app.fiv.demo;

/**
 * The clients and subclients of the demo's job history (client IDs 301 to 307, apart from those of
 * the fixed demo jobs), and the CommServe itself (client 2), which runs the aux copies.
 */
final class HistoryClients {

    private static final String WINDOWS = "Windows File System";
    private static final String LINUX = "Linux File System";
    private static final String SQL = "SQL Server";
    private static final String VSA = "Virtual Server";
    private static final String INSTANCE = "DefaultInstanceName";
    private static final String BACKUP_SET = "defaultBackupSet";

    static final JobOrigin FS_WIN01_USERS = new JobOrigin(WINDOWS, 33, "fs-win01", 301, INSTANCE, BACKUP_SET, 3010, "Users", 3011);
    static final JobOrigin FS_WIN01_DEPARTMENTS =
            new JobOrigin(WINDOWS, 33, "fs-win01", 301, INSTANCE, BACKUP_SET, 3010, "Departments", 3012);
    static final JobOrigin FS_WIN02_PROJECTS =
            new JobOrigin(WINDOWS, 33, "fs-win02", 302, INSTANCE, BACKUP_SET, 3020, "Projects", 3021);
    static final JobOrigin LNX_WEB01_WWW = new JobOrigin(LINUX, 29, "lnx-web01", 303, INSTANCE, BACKUP_SET, 3030, "srv-www", 3031);
    static final JobOrigin SQL_PROD01 = new JobOrigin(SQL, 81, "sql-prod01", 304, "sql-prod01", BACKUP_SET, 3040, "default", 3041);
    static final JobOrigin SQL_PROD01_REPORTING =
            new JobOrigin(SQL, 81, "sql-prod01", 304, "sql-prod01\\REPORTING", BACKUP_SET, 3043, "default", 3042);
    static final JobOrigin SQL_FIN01 = new JobOrigin(SQL, 81, "sql-fin01", 305, "sql-fin01", BACKUP_SET, 3050, "default", 3051);
    static final JobOrigin SQL_FIN01_HR = new JobOrigin(SQL, 81, "sql-fin01", 305, "sql-fin01\\HR", BACKUP_SET, 3053, "default", 3052);
    static final JobOrigin EXCHANGE = new JobOrigin("Exchange Mailbox", 137, "m365-exchange", 306,
            "Exchange Online", "User Mailbox", 3060, "usermailbox", 3061);
    static final JobOrigin VM_PRODUCTION = new JobOrigin(VSA, 106, "vcenter-prod", 307, "VMware", BACKUP_SET, 3070,
            "Production VMs", 3071);
    static final JobOrigin VM_TEST = new JobOrigin(VSA, 106, "vcenter-prod", 307, "VMware", BACKUP_SET, 3070, "Test VMs", 3072);
    /** Aux copies and data verification run on the CommServe and belong to no subclient. */
    static final JobOrigin COMMSERVE = new JobOrigin(null, 0, "demo-commserve", 2, null, null, 0, null, 0);

    private HistoryClients() {
    }
}
