package app.fiv.ui.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the admin arranged the columns of one data shape, by column name: their order, widths and
 * which are hidden. Names not seen before keep the data's own place and width.
 */
public record ColumnLayout(List<String> order, Map<String, Double> widths, Set<String> hidden) {
    public static final ColumnLayout NONE = new ColumnLayout(List.of(), Map.of(), Set.of());

    public ColumnLayout {
        order = List.copyOf(order);
        widths = Map.copyOf(widths);
        hidden = Set.copyOf(hidden);
    }

    /** The data's column names in the remembered order; unknown names stay in their place among the rest. */
    public List<String> arrange(List<String> columns) {
        List<String> known = new ArrayList<>(order.stream().filter(columns::contains).toList());
        List<String> result = new ArrayList<>(columns.size());
        for (String name : columns) {
            result.add(order.contains(name) ? known.remove(0) : name);
        }
        return result;
    }

    /** This layout updated with the columns shown now; columns of other data sets are kept. */
    public ColumnLayout merge(List<String> shownOrder, Map<String, Double> shownWidths, Set<String> shownHidden) {
        List<String> newOrder = new ArrayList<>(shownOrder);
        order.stream().filter(name -> !shownOrder.contains(name)).forEach(newOrder::add);
        Map<String, Double> newWidths = new HashMap<>(widths);
        newWidths.putAll(shownWidths);
        Set<String> newHidden = new HashSet<>(hidden);
        newHidden.removeAll(shownOrder);
        newHidden.addAll(shownHidden);
        return new ColumnLayout(newOrder, newWidths, newHidden);
    }
}
