package app.fiv.known;

import app.fiv.model.ColumnRoles;
import app.fiv.model.FailedItemsTable;

/**
 * What of a table the rules look at: its reason and path columns (as the reasons panel and copy
 * find them), and whose rows they are: one job's client, or a column of clients (a table of many
 * jobs). A row whose client is not known (a saved answer) never fits a rule for one client.
 *
 * @param reasonColumn the reason column, or -1
 * @param pathColumn   the path column, or -1
 * @param clientColumn the column naming each row's client, or -1 to use {@code client}
 * @param client       the client of every row when there is no client column; null when not known
 */
public record MatchTarget(int reasonColumn, int pathColumn, int clientColumn, String client) {

    /** The rows of one job of this client (null: not known), columns found by their names. */
    public static MatchTarget of(FailedItemsTable table, String client) {
        return new MatchTarget(ColumnRoles.reasonColumn(table.columns()).orElse(-1),
                ColumnRoles.pathColumn(table.columns()).orElse(-1), -1, client);
    }
}
