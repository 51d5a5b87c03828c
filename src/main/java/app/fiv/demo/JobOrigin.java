package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a job's data came from: the Commvault client / instance / backup set / subclient chain.
 * Jobs that belong to no subclient (an aux copy) have {@code null} names and 0 ids for the parts they lack.
 */
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

    /** {@code {"clientId", "clientName", "displayName"}}, as GET Client and the events name a client. */
    ObjectNode clientEntity() {
        return Json.object().put("clientId", clientId).put("clientName", clientName).put("displayName", clientName);
    }
}
