package app.fiv.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.Tables;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.DirectTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CopyActionsTest {
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final List<String> statuses = new ArrayList<>();
    private final Notices notices = new Notices() {
        @Override
        public void status(String message) {
            statuses.add(message);
        }

        @Override
        public void error(String message) {
            statuses.add("ERROR " + message);
        }
    };
    private final TableViewModel model = new TableViewModel(executor, notices);
    private final FakeClipboard clipboard = new FakeClipboard();
    private boolean formulaSafe = true;
    private final CopyActions copy = new CopyActions(model, clipboard, executor, notices, () -> formulaSafe);

    @BeforeEach
    void show() {
        model.show(Tables.csv(List.of("Name", "Path", "Reason"), List.of(
                List.of("a", "C:\\x\\a.txt", "=HYPERLINK(\"evil\")"),
                List.of("b", "C:\\x\\tab\there", "line\nbreak"))), true);
    }

    @Test
    void copyPathUsesThePathColumnAsIs() {
        copy.copyPath(0);

        assertThat(clipboard.text()).isEqualTo("C:\\x\\a.txt");
        assertThat(statuses).containsExactly("Copied path: C:\\x\\a.txt");
    }

    @Test
    void anotherColumnCanBeThePathColumn() {
        model.pathColumnProperty().set(0);
        copy.copyPath(1);

        assertThat(clipboard.text()).isEqualTo("b");
    }

    @Test
    void rowsAreTsvOfTheVisibleColumnsInDisplayOrderWithFormulasDefused() {
        model.setVisibleColumns(new int[] {2, 1});

        copy.copyRows(RowSelection.allShownRows());

        assertThat(clipboard.text()).isEqualTo("Reason\tPath\r\n\"'=HYPERLINK(\"\"evil\"\")\"\tC:\\x\\a.txt\r\n"
                + "\"line\nbreak\"\t\"C:\\x\\tab\there\"\r\n");
        assertThat(statuses).containsExactly("Copied 2 rows with 2 columns as tab-separated text.");
    }

    @Test
    void withoutFormulaProtectionCellsAreCopiedRaw() {
        formulaSafe = false;
        copy.copyRows(RowSelection.of(0));

        assertThat(clipboard.text()).isEqualTo("Name\tPath\tReason\r\na\tC:\\x\\a.txt\t\"=HYPERLINK(\"\"evil\"\")\"\r\n");
    }

    @Test
    void copyCellSaysWhichColumn() {
        copy.copyCell(1, 0);

        assertThat(clipboard.text()).isEqualTo("b");
        assertThat(statuses).containsExactly("Copied Name: b");
    }
}
