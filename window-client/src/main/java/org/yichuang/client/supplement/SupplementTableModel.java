package org.yichuang.client.supplement;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.intake.MaterialChannel;

/** The outstanding materials as table rows; edits go to the presenter, which replaces the line. */
final class SupplementTableModel extends AbstractTableModel {
    static final int NAME = 0;
    static final int BROUGHT = 1;
    static final int CHANNEL = 2;
    static final int VERIFIED = 3;
    static final int ORIGINALS = 4;
    static final int COPIES = 5;
    static final int PAGES = 6;
    private static final String[] KEYS = {"name", "brought", "channel", "verified", "originals", "copies", "pages"};

    private final SupplementPresenter presenter;
    private final Messages messages;
    private final String[] headers;
    private List<SupplementLine> rows = List.of();

    SupplementTableModel(Messages messages, SupplementPresenter presenter) {
        this.presenter = presenter;
        this.messages = messages;
        headers = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            headers[i] = messages.text("supplement.column." + KEYS[i]);
        }
    }

    void setRows(List<SupplementLine> value) {
        boolean sameShape = value.size() == rows.size();
        rows = value;
        if (sameShape) {
            fireTableRowsUpdated(0, Math.max(0, rows.size() - 1));
        } else {
            fireTableDataChanged();
        }
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return KEYS.length;
    }

    @Override
    public String getColumnName(int column) {
        return headers[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case BROUGHT, VERIFIED -> Boolean.class;
            case CHANNEL -> MaterialChannel.class;
            case ORIGINALS, COPIES, PAGES -> Integer.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == ORIGINALS || column == COPIES || column == PAGES;
    }

    @Override
    public Object getValueAt(int row, int column) {
        SupplementLine l = rows.get(row);
        return switch (column) {
            case NAME -> l.problem() == null ? l.name() : messages.text("supplement.defective", l.name(), l.problem());
            case BROUGHT -> l.brought();
            case CHANNEL -> l.channel();
            case VERIFIED -> l.originalVerified();
            case ORIGINALS -> l.originals();
            case COPIES -> l.copies();
            case PAGES -> l.pages();
            default -> null;
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (!(value instanceof Integer n)) {
            return;
        }
        SupplementLine l = rows.get(row);
        presenter.setCounts(row, column == ORIGINALS ? n : l.originals(), column == COPIES ? n : l.copies(),
                column == PAGES ? n : l.pages());
    }
}
