package org.yichuang.client.ui;

import javax.swing.table.AbstractTableModel;

/**
 * A read-mostly table model whose column headers are fixed when it is built (from the message bundles); subclasses
 * say only how many rows there are and what each cell shows.
 */
public abstract class ColumnTableModel extends AbstractTableModel {
    private String[] columns = new String[0];

    /** Sets the headers, in column order; called once from the subclass's constructor. */
    protected final void columns(String... headers) {
        this.columns = headers.clone();
    }

    @Override
    public final int getColumnCount() {
        return columns.length;
    }

    @Override
    public final String getColumnName(int column) {
        return columns[column];
    }
}
