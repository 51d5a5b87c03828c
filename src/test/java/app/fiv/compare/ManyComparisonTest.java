package app.fiv.compare;

import static app.fiv.compare.ComparisonTest.list;
import static app.fiv.compare.ComparisonTest.row;
import static app.fiv.compare.ComparisonTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.api.JobSummary;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Many jobs, each compared with its own earlier run: items matched only within their pair, fixed rows of the earlier job. */
class ManyComparisonTest {
    private static final List<String> LEADING = List.of("Job ID", "Client", "Subclient");

    private static JobSummary job(long id, String client, String subclient) {
        return new JobSummary(id, "Completed w/ one or more errors", "Backup", "", "", "", 100, Optional.empty(),
                Optional.empty(), 0, 0, 0, client, subclient, "", "");
    }

    @Test
    void theSamePathUnderTwoClientsIsTwoItemsAndAFixedRowCarriesTheEarlierJob() {
        String shared = "E:\\Users\\ann\\mail.pst";
        JobPair first = new JobPair(job(45001, "fs-win01", "Users"),
                list(row(shared, "The file is locked", "10"), row("E:\\a.txt", "Access is denied", "1")),
                job(44001, "fs-win01", "Users"), list(row("E:\\a.txt", "Access is denied", "1")));
        // The second client's previous run failed on the same path; this run of it does not.
        JobPair second = new JobPair(job(45002, "fs-win02", "Projects"),
                list(row("F:\\p\\plan.docx", "Sharing violation", "5")),
                job(44002, "fs-win02", "Projects"),
                list(row(shared, "The file is locked", "9"), row("f:\\P\\PLAN.DOCX", "Access is denied", "5")));

        ComparedTable compared = ManyComparison.of(List.of(first, second), LEADING, () -> false);

        assertThat(compared.table().columns()).containsExactly("Change", "Job ID", "Client", "Subclient", "entity",
                "failureReason", "size", "Earlier reason");
        assertThat(rows(compared.table())).containsExactly(
                List.of("new", "45001", "fs-win01", "Users", shared, "The file is locked", "10", ""),
                List.of("still failing", "45001", "fs-win01", "Users", "E:\\a.txt", "Access is denied", "1", ""),
                List.of("still failing", "45002", "fs-win02", "Projects", "F:\\p\\plan.docx", "Sharing violation", "5",
                        "Access is denied"),
                List.of("fixed", "44002", "fs-win02", "Projects", shared, "The file is locked", "9", ""));
        assertThat(compared.counts()).isEqualTo(new ComparisonCounts(1, 2, 1, 1));
        assertThat(compared.change(3)).isEqualTo(Change.FIXED);
        assertThat(compared.currentRows()).isEqualTo(3);
    }

    @Test
    void eachPairMatchesByItsOwnColumnsGuidsForMailboxesPathsForFiles() {
        TableBuilder mailboxes = new TableBuilder(Shape.CSV);
        List.of("Path", "Reason", "GUID").forEach(mailboxes::columnFor);
        mailboxes.addRow(new String[] {"/ann/Inbox (renamed)", "Item too large", "{AAA}"});
        FailedItemsTable nowMail = mailboxes.build();
        TableBuilder before = new TableBuilder(Shape.CSV);
        List.of("Path", "Reason", "GUID").forEach(before::columnFor);
        before.addRow(new String[] {"/ann/Inbox", "Item too large", "{aaa}"});
        JobPair mail = new JobPair(job(45003, "m365-exchange", "usermailbox"), nowMail,
                job(44003, "m365-exchange", "usermailbox"), before.build());
        JobPair files = new JobPair(job(45001, "fs-win01", "Users"), list(row("E:\\x", "Access is denied", "1")),
                job(44001, "fs-win01", "Users"), list(row("E:\\y", "Access is denied", "1")));

        ComparedTable compared = ManyComparison.of(List.of(files, mail), LEADING, () -> false);

        assertThat(compared.counts()).isEqualTo(new ComparisonCounts(1, 1, 1, 0));
        assertThat(compared.table().columns()).containsExactly("Change", "Job ID", "Client", "Subclient", "entity",
                "failureReason", "size", "Path", "Reason", "GUID", "Earlier reason");
        List<List<String>> rows = rows(compared.table());
        assertThat(rows.get(0).subList(0, 5)).containsExactly("new", "45001", "fs-win01", "Users", "E:\\x");
        assertThat(rows.get(1).subList(0, 5)).containsExactly("fixed", "44001", "fs-win01", "Users", "E:\\y");
        assertThat(rows.get(2).get(0)).isEqualTo("still failing");
        assertThat(rows.get(2).get(7)).isEqualTo("/ann/Inbox (renamed)");
    }

    @Test
    void anEarlierRunWithoutFailedItemsMakesEveryRowNew() {
        JobPair pair = new JobPair(job(45001, "fs-win01", "Users"), list(row("E:\\x", "Access is denied", "1")),
                job(44001, "fs-win01", "Users"), list());

        ComparedTable compared = ManyComparison.of(List.of(pair), LEADING, () -> false);

        assertThat(compared.counts()).isEqualTo(new ComparisonCounts(1, 0, 0, 0));
    }

    @Test
    void aCancelStopsIt() {
        JobPair pair = new JobPair(job(45001, "fs-win01", "Users"), list(row("E:\\x", "Access is denied", "1")),
                job(44001, "fs-win01", "Users"), list());

        assertThatThrownBy(() -> ManyComparison.of(List.of(pair), LEADING, () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
