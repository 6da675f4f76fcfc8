package org.yichuang.client.admin.widgets;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableModel;

/**
 * A table whose columns are as wide as their widest header or cell, never less than a minimum, so no text is cut
 * off (截断): when the columns need more room than the view has, the table scrolls sideways instead of squeezing
 * them; when there is room to spare, the columns stretch. A cell that is cut off anyway (the administrator narrowed
 * its column) shows its full text as tooltip.
 */
public class FittedTable extends JTable {
    /** Rows measured by a full fit: a whole hall catalog (about 20 ms for 1,000 rows on a 2-core PC). */
    private static final int MEASURED_ROWS = 1_000;
    /**
     * Rows measured on every change (a keystroke in a filter): the top of the list, where a filtered row arrives;
     * rows further down that are wider show their text as tooltip until a filter brings them up.
     */
    private static final int MEASURED_ROWS_ON_CHANGE = 150;
    private static final int SLACK = 4;

    private final int[] minWidths;

    /** Creates the table; {@code minWidths} (pixels, per model column) keep short columns from looking cramped. */
    public FittedTable(TableModel model, int... minWidths) {
        super(model);
        this.minWidths = minWidths.clone();
        getTableHeader().setReorderingAllowed(false);
        fitColumns(true);
        // notified before the table repaints: new rows never show cut off, not even for one frame
        model.addTableModelListener(e -> fitColumns(false));
    }

    /**
     * Sizes every column to its content; with {@code reset} false a column only grows, so filtering a long list does
     * not make the columns jump at every keystroke.
     */
    public final void fitColumns(boolean reset) {
        int rows = Math.min(getRowCount(), reset ? MEASURED_ROWS : MEASURED_ROWS_ON_CHANGE);
        for (int view = 0; view < getColumnCount(); view++) {
            TableColumn column = getColumnModel().getColumn(view);
            int model = convertColumnIndexToModel(view);
            int width = model < minWidths.length ? minWidths[model] : 0;
            width = Math.max(width, headerWidth(column, view));
            for (int row = 0; row < rows; row++) {
                width = Math.max(width, prepareRenderer(getCellRenderer(row, view), row, view)
                        .getPreferredSize().width);
            }
            width += getIntercellSpacing().width + SLACK;
            if (reset || width > column.getPreferredWidth()) {
                column.setMinWidth(Math.min(width, 40));
                column.setPreferredWidth(width);
                column.setWidth(Math.max(width, column.getWidth()));
            }
        }
        revalidate();
    }

    private int headerWidth(TableColumn column, int view) {
        TableCellRenderer renderer = column.getHeaderRenderer();
        if (renderer == null && getTableHeader() != null) {
            renderer = getTableHeader().getDefaultRenderer();
        }
        if (renderer == null) {
            return 0;
        }
        Component c = renderer.getTableCellRendererComponent(this, column.getHeaderValue(), false, false, -1, view);
        return c.getPreferredSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        // stretch to the view only when everything fits; otherwise keep the widths and scroll sideways
        int total = 0;
        for (int i = 0; i < getColumnCount(); i++) {
            total += getColumnModel().getColumn(i).getPreferredWidth();
        }
        return getParent() == null || total <= getParent().getWidth();
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        int row = rowAtPoint(event.getPoint());
        int column = columnAtPoint(event.getPoint());
        if (row >= 0 && column >= 0) {
            Component c = prepareRenderer(getCellRenderer(row, column), row, column);
            String own = c instanceof JComponent jc ? jc.getToolTipText() : null;
            if (own != null) {
                return own;
            }
            Rectangle cell = getCellRect(row, column, false);
            if (c instanceof JLabel label && label.getText() != null && !label.getText().isBlank()
                    && c.getPreferredSize().width > cell.width) {
                return label.getText();
            }
        }
        return super.getToolTipText(event);
    }
}
