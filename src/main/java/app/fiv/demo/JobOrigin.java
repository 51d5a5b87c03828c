package app.fiv.demo;

/** Where a job's data came from: the Commvault client / instance / backup set / subclient chain. */
record JobOrigin(
        String appTypeName,
        int applicationId,
        String clientName,
        int clientId,
        String instanceName,
        String backupsetName,
        int backupsetId,
        String subclientName,
        int subclientId) {
}
