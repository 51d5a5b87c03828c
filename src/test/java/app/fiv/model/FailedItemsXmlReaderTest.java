package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedItemsXmlReaderTest {

    private static FailedItemsTable read(String xml) throws Exception {
        return Tables.xml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void listItemsTakeTheirKeysFromAttributesAndChildElementsInFirstSeenOrder() throws Exception {
        FailedItemsTable table = read("""
                <AnyName isFailedItemsCSV="false">
                  <failedItems failureReason="Access is denied." entity="C:\\a"/>
                  <failedItems entity="C:\\b"><sizeBytes>12</sizeBytes></failedItems>
                </AnyName>""");

        assertThat(table.shape()).isEqualTo(Shape.LIST);
        assertThat(table.columns()).containsExactly("failureReason", "entity", "sizeBytes");
        assertThat(table.cell(0, 1)).isEqualTo("C:\\a");
        assertThat(table.cell(1, 0)).isEmpty();
        assertThat(table.cell(1, 2)).isEqualTo("12");
    }

    @Test
    void csvShapeHasOneColumnsElementPerNameAndOneRowsElementPerRow() throws Exception {
        FailedItemsTable table = read("""
                <R isFailedItemsCSV="true"><failedItemsCSV><columns>Path</columns><columns>Path</columns>
                <columns>Reason</columns><rows><row>/a</row><row>/b</row><row>denied &amp; gone</row><row>x</row></rows>
                <rows><row/></rows></failedItemsCSV></R>""");

        assertThat(table.shape()).isEqualTo(Shape.CSV);
        assertThat(table.columns()).containsExactly("Path", "Path (2)", "Reason", "Column 4");
        assertThat(table.cell(0, 2)).isEqualTo("denied & gone");
        assertThat(table.cell(0, 3)).isEqualTo("x");
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.cell(1, 0)).isEmpty();
    }

    @Test
    void aNestedElementShowsAsCompactJsonLikeANestedJsonValue() throws Exception {
        FailedItemsTable table = read("<r><failedItems entity=\"e\"><owner id=\"5\">bob</owner></failedItems></r>");

        assertThat(table.cell(0, table.columnIndex("owner"))).isEqualTo("{\"id\":\"5\",\"#text\":\"bob\"}");
    }

    @Test
    void emptyJobAndErrorBodies() throws Exception {
        assertThat(read("<CVGui_JobFailedItemsResp isFailedItemsCSV=\"false\"></CVGui_JobFailedItemsResp>").columns())
                .containsExactly("failureReason", "entity");
        assertThatThrownBy(() -> read("<CVGui_GenericResp errorCode=\"19\" errorMessage=\"Index not available.\"/>"))
                .isInstanceOf(ErrorBodyException.class).hasMessage("Index not available. (error code 19)");
        assertThatThrownBy(() -> read("<x><errorCode>2</errorCode><errorMessage>Job not found</errorMessage></x>"))
                .isInstanceOf(ErrorBodyException.class).hasMessageContaining("Job not found");
    }

    @Test
    void errListAsAttributesOrChildElementsIsAnErrorBody() {
        assertThatThrownBy(() -> read("<App_GenericResp><errList errorCode=\"1136\" errLogMessage=\"Access denied.\"/></App_GenericResp>"))
                .isInstanceOf(ErrorBodyException.class).hasMessage("Access denied. (error code 1136)");
        assertThatThrownBy(() -> read("<R><errList><errorCode>5</errorCode><errLogMessage>Busy.</errLogMessage></errList></R>"))
                .isInstanceOf(ErrorBodyException.class).hasMessage("Busy. (error code 5)");
    }

    @Test
    void badBytesAreReportedByTheExceptionAloneNeverOnStderr() {
        byte[] notUtf8 = {'<', 'r', '>', (byte) 0xE2, (byte) 0x28, (byte) 0xA1, '<', '/', 'r', '>'};
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> Tables.xml(new ByteArrayInputStream(notUtf8)))
                    .isInstanceOf(ResponseFormatException.class)
                    .hasMessage("The response is not valid text in its declared encoding.");
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("the command line's stderr is for the admin").isEmpty();
    }

    @Test
    void anEmptyRootElementIsXmlsWayOfSayingNoItems() throws Exception {
        FailedItemsTable table = read("<CVGui_JobFailedItemsResp/>");

        assertThat(table.rowCount()).isZero();
        assertThat(table.columns()).isEqualTo(FailedItemsJsonReader.LIST_COLUMNS);
    }

    @Test
    void brokenDocumentsGiveReadableMessages() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ResponseFormatException.class);
        assertThatThrownBy(() -> read("<r isFailedItemsCSV=\"false\"><failedItems entity=\"a\"/><failedItems ent"))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("cut off");
        assertThatThrownBy(() -> read("<r><failedItems entity=\"a\"></r>"))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("not valid XML");
        assertThatThrownBy(() -> read("<JobManager_JobListResponse totalRecordsWithoutPaging=\"0\"/>"))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("neither failedItems nor failedItemsCSV");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<r><failedItems entity=\"&x;\"/></r>";

        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionBombsAreRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<r><failedItems entity=\"&b;\"/></r>";

        assertThatThrownBy(() -> read(bomb)).isInstanceOf(ResponseFormatException.class);
    }
}
