package app.fiv.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.fiv.api.ApiException;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers saved to files, read by content as the client reads a server's. */
class SavedAnswersTest {
    @TempDir
    Path folder;

    private Path file(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** The API page's documented answer as the demo serves it, saved as curl -o would. */
    private Path sample(String name) throws Exception {
        Path file = folder.resolve(name);
        try (var in = SavedAnswersTest.class.getResourceAsStream("/app/fiv/demo/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static ApiException refusal(Path file) {
        return catchThrowableOfType(ApiException.class, () -> SavedAnswers.read(file));
    }

    @Test
    void bothShapesInJsonAndXmlWhateverTheFileIsCalled() throws Exception {
        FailedItemsTable list = SavedAnswers.read(sample("failed-items-list.json"));
        assertThat(list.shape()).isEqualTo(Shape.LIST);
        assertThat(list.columns()).containsExactly("failureReason", "entity");
        assertThat(list.rowCount()).isEqualTo(2);
        FailedItemsTable csv = SavedAnswers.read(sample("failed-items-csv.json"));
        assertThat(csv.shape()).isEqualTo(Shape.CSV);
        assertThat(csv.cell(0, csv.columnIndex("Team Name"))).isEqualTo("WikiTestTeam1");

        Path xml = file("answer.json", "\uFEFF  <CVGui_JobFailedItemsResp isFailedItemsCSV=\"false\">"
                + "<failedItems failureReason=\"Access is denied.\" entity=\"C:\\x.txt\"/></CVGui_JobFailedItemsResp>");
        FailedItemsTable fromXml = SavedAnswers.read(xml);
        assertThat(fromXml.cell(0, fromXml.columnIndex("entity"))).isEqualTo("C:\\x.txt");
        Path bom = file("bom.txt", "\uFEFF{\"failedItems\":[{\"failureReason\":\"r\",\"entity\":\"e\"}]}");
        assertThat(SavedAnswers.read(bom).rowCount()).isEqualTo(1);
    }

    @Test
    void aBrokenFileSaysWhatIsWrongInTheReadersWords() throws Exception {
        assertThat(refusal(file("cut.json", "{\"failedItems\":[{\"entity\":\"a\"},{\"ent")).getMessage())
                .isEqualTo("The saved answer cut.json could not be read. The response ended too early: it was cut off before the end.");
        assertThat(refusal(file("bad.json", "{\"failedItems\":[{\"entity\":\"a\"} {}]}")))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER))
                .hasMessageStartingWith("The saved answer bad.json could not be read. The response is not valid JSON");
        assertThat(refusal(file("empty.json", "  \n"))).hasMessage("The saved answer empty.json could not be read. The file is empty.");
        assertThat(refusal(file("page.xml", "<!DOCTYPE html><html><body>Sign in</body></html>")))
                .hasMessageContaining("It is a web page (HTML)");
        assertThat(refusal(file("notes.txt", "Job 45979 failed items"))).hasMessageEndingWith("It is neither JSON nor XML.");
        assertThat(refusal(file("error.json", "{\"errorCode\": 2, \"errorMessage\": \"Job not found\"}")))
                .hasMessage("The saved answer error.json is the CommServe's error, not failed items: Job not found (error code 2)");
    }

    @Test
    void aMissingFileOrAFolderIsTheCallersMistake() {
        ApiException missing = refusal(folder.resolve("none.json"));
        assertThat(missing.kind()).isEqualTo(ApiException.Kind.INVALID_INPUT);
        assertThat(missing).hasMessageContaining("none.json does not exist");
        assertThat(refusal(folder)).hasMessageContaining("is a folder");
    }
}
