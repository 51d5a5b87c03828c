package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code POST JobDetails} with {@code {"jobId": N, "showAttempt": true}} (as cvpysdk sends it) or
 * the documented XML form {@code <JobManager_JobDetailRequest jobId="N"/>}. A job the server does
 * not know is an error inside HTTP 200 ({@code errorCode} 2), as Commvault answers many errors.
 */
final class JobDetailsEndpoint {

    static final String XML_ROOT = "JobManager_JobDetailResponse";
    private static final String REQUEST_ROOT = "JobManager_JobDetailRequest";

    private final JobCatalog catalog;

    JobDetailsEndpoint(JobCatalog catalog) {
        this.catalog = catalog;
    }

    ApiResponse details(ApiRequest request) {
        OptionalLong jobId = requestedJob(request.body());
        if (jobId.isEmpty()) {
            return ApiErrors.badRequest("The request body must be {\"jobId\": <job ID>, \"showAttempt\": true}"
                    + " or <" + REQUEST_ROOT + " jobId=\"<job ID>\"/>, with a positive whole job ID.");
        }
        return catalog.find(jobId.getAsLong())
                .map(job -> ApiResponse.structured(200, XML_ROOT, JobDetailsDocument.of(job)))
                .orElseGet(() -> ApiResponse.error(200, 2, "Job [" + jobId.getAsLong() + "] was not found."));
    }

    static OptionalLong requestedJob(String body) {
        String trimmed = body.strip();
        Optional<String> raw = trimmed.startsWith("<") ? fromXml(trimmed) : fromJson(trimmed);
        return raw.map(JobEndpoints::parseJobId).orElse(OptionalLong.empty());
    }

    private static Optional<String> fromJson(String body) {
        Optional<JsonNode> json = RequestBodies.jsonObject(body);
        JsonNode id = json.map(node -> node.get("jobId")).orElse(null);
        if (id == null || !(id.isIntegralNumber() || id.isTextual())) {
            return Optional.empty();
        }
        return Optional.of(id.asText());
    }

    private static Optional<String> fromXml(String body) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own, as for the output
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(body));
            Optional<String> jobId = Optional.empty();
            boolean root = true;
            while (xml.hasNext()) { // to the end: a request that is not well-formed is refused
                if (xml.next() == XMLStreamReader.START_ELEMENT && root) {
                    root = false;
                    if (!REQUEST_ROOT.equals(xml.getLocalName())) {
                        return Optional.empty();
                    }
                    jobId = Optional.ofNullable(xml.getAttributeValue(null, "jobId"));
                }
            }
            return jobId;
        } catch (XMLStreamException notXml) {
            return Optional.empty();
        }
    }
}
