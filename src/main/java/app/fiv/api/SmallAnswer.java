package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * An answer read whole (bounded in size) into one kind of tree, JSON or XML, then by a reader of
 * that tree: for lists that are small enough to hold, such as the job and client lists.
 */
final class SmallAnswer {
    /** Reads an answer's tree; an {@link IOException} other than {@link ServerRefusal} means it is cut off. */
    @FunctionalInterface
    interface TreeReader<T> {
        T read(JsonNode root) throws IOException;
    }

    private SmallAnswer() {
    }

    /** @param what what the answer holds, for messages: "the job list" */
    static <T> T read(Exchange exchange, HttpCall request, int max, String what, TreeReader<T> reader,
                      CancelSignal cancel) throws ApiException {
        String host = NetworkErrors.hostAndPort(request.uri());
        try (Exchange.Response response = exchange.send(request, cancel)) {
            try {
                CommServeClient.requireOkData(response, request.uri());
            } catch (ApiException e) {
                // A 404 with a Commvault error body means "no such job" only where one job was asked for.
                throw e.kind() == ApiException.Kind.NOT_FOUND ? new ApiException(ApiException.Kind.SERVER,
                        "The CommServe at " + host + " could not send " + what + ": " + e.getMessage()) : e;
            }
            byte[] body = response.body().readNBytes(max + 1);
            if (body.length > max) {
                throw new ApiException(ApiException.Kind.SERVER, "The answer with " + what + " from " + host
                        + " is larger than " + (max >> 20) + " MB, far more than it should be; check the CommServe's"
                        + " web server.");
            }
            JsonNode root = AnswerTrees.parse(body);
            if (root == null) {
                throw new ApiException(ApiException.Kind.SERVER, "The answer with " + what + " from " + host
                        + " is not valid JSON or XML, or is incomplete.");
            }
            return reader.read(root);
        } catch (ServerRefusal refused) {
            throw new ApiException(ApiException.Kind.SERVER, "The CommServe at " + host + " could not send " + what
                    + ": " + refused.getMessage());
        } catch (IOException e) {
            throw CommServeClient.cutOff(e, request.uri(), cancel);
        }
    }
}
