package org.hillmix.ui.internal.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hillmix.ui.internal.views.WidgetIds;

/**
 * A table of rows of type {@code T} whose every column sorts on a click of its header (a second
 * click reverses), keeping the selection callback on the row object. Small and explicit rather
 * than a JFace viewer, so that tests can read the cells and the order directly. The columns widen
 * with the table, in proportion to their own widths, and never get narrower than those; the first
 * column can show an image per row (a stimulus thumbnail).
 *
 * @param <T> the row type
 */
final class SortableTable<T> {

    /** A column: header, cell text, sort order. */
    record Column<T>(String header, int width, Function<T, String> text, Comparator<T> order) {
    }

    private final Table table;
    private final List<Column<T>> columns;
    private List<T> rows = List.of();
    private int sortColumn = -1;
    private boolean descending;
    private Function<T, Image> image = row -> null;

    SortableTable(Composite parent, String id, List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setData(WidgetIds.KEY, id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int c = 0; c < this.columns.size(); c++) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(this.columns.get(c).header());
            tc.setWidth(this.columns.get(c).width());
            int index = c;
            tc.addListener(SWT.Selection, e -> sortBy(index, sortColumn == index ? !descending : false));
        }
        table.addListener(SWT.Resize, e -> fitColumns());
    }

    /** Shows {@code images.apply(row)} in the first column of each row ({@code null}: none). */
    void setImages(Function<T, Image> images) {
        image = images;
    }

    /**
     * Spreads the table's width over the columns in proportion to their own widths when it is wider than their
     * sum (the last column takes the rounding), else gives each its own width.
     */
    void fitColumns() {
        int available = table.getClientArea().width;
        int base = columns.stream().mapToInt(Column::width).sum();
        double scale = Math.max(1.0, available / (double) base);
        int used = 0;
        for (int c = 0; c < columns.size(); c++) {
            int w = (int) Math.floor(columns.get(c).width() * scale);
            if (c == columns.size() - 1 && scale > 1.0) {
                w = Math.max(columns.get(c).width(), available - used);
            }
            table.getColumn(c).setWidth(w);
            used += w;
        }
    }

    Table table() {
        return table;
    }

    /** Shows {@code newRows} in the current sort order. */
    void setRows(List<T> newRows) {
        rows = new ArrayList<>(newRows);
        refresh();
    }

    /** Sorts by column {@code index}. */
    void sortBy(int index, boolean desc) {
        sortColumn = index;
        descending = desc;
        table.setSortColumn(table.getColumn(index));
        table.setSortDirection(desc ? SWT.DOWN : SWT.UP);
        refresh();
    }

    /** The rows in display order. */
    List<T> rows() {
        return List.copyOf(rows);
    }

    /** Calls {@code onSelect} with the selected row. */
    void onSelect(Consumer<T> onSelect) {
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < rows.size()) {
                onSelect.accept(rows.get(i));
            }
        });
    }

    private void refresh() {
        if (sortColumn >= 0) {
            Comparator<T> order = columns.get(sortColumn).order();
            rows.sort(descending ? order.reversed() : order);
        }
        table.removeAll();
        for (T row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int c = 0; c < columns.size(); c++) {
                item.setText(c, columns.get(c).text().apply(row));
            }
            Image thumbnail = image.apply(row);
            if (thumbnail != null) {
                item.setImage(0, thumbnail);
            }
            item.setData(row);
        }
    }

    /** A number for a cell: {@code digits} decimals, or an en dash for NaN. */
    static String number(double v, int digits) {
        return Double.isNaN(v) ? "\u2013" : String.format(java.util.Locale.ROOT, "%." + digits + "f", v);
    }

    /** Orders doubles with NaN first (so descending puts NaN last). */
    static <T> Comparator<T> byDouble(java.util.function.ToDoubleFunction<T> f) {
        return Comparator.comparingDouble(t -> {
            double v = f.applyAsDouble(t);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        });
    }
}
