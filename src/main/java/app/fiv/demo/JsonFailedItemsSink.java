package app.fiv.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Writes failed items as Commvault's JSON while they are generated, never holding the document. */
final class JsonFailedItemsSink implements FailedItemsSink {

    private final OutputStream out;
    private JsonGenerator json;
    private boolean csv;

    JsonFailedItemsSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void verbatimJson(byte[] document) throws IOException {
        out.write(document);
    }

    @Override
    public void pace(long millis) throws IOException {
        json.flush(); // also flushes the stream below it
        Pacing.sleep(millis);
    }

    @Override
    public void beginList() throws IOException {
        json = open(false);
        json.writeArrayFieldStart("failedItems");
    }

    @Override
    public void item(Map<String, ?> fields) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            json.writeFieldName(field.getKey());
            writeScalar(field.getValue());
        }
        json.writeEndObject();
    }

    @Override
    public void beginCsv(List<String> columns) throws IOException {
        json = open(true);
        json.writeObjectFieldStart("failedItemsCSV");
        json.writeArrayFieldStart("columns");
        for (String column : columns) {
            json.writeString(column);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
    }

    @Override
    public void row(List<String> cells) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("row");
        for (String cell : cells) {
            json.writeString(cell);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        if (csv) {
            json.writeEndObject();
        }
        json.writeEndObject();
        json.close(); // flushes; the caller owns and closes the stream
    }

    private JsonGenerator open(boolean csvShape) throws IOException {
        csv = csvShape;
        JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.writeStartObject();
        generator.writeBooleanField("isFailedItemsCSV", csvShape);
        return generator;
    }

    private void writeScalar(Object value) throws IOException {
        if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
