package org.yichuang.client.intake.materials;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.intake.MaterialChannel;

/** The checklist as table rows; edits go to the presenter, which replaces the line (never edited in place). */
final class ChecklistTableModel extends AbstractTableModel {
    static final int NAME = 0;
    static final int APPLIES = 1;
    static final int RECEIVED = 2;
    static final int CHANNEL = 3;
    static final int VERIFIED = 4;
    static final int ORIGINALS = 5;
    static final int COPIES = 6;
    static final int PAGES = 7;
    static final int PROBLEM = 8;
    private static final String[] KEYS = {"name", "applies", "received", "channel", "verified", "originals", "copies",
        "pages", "problem"};

    private final ChecklistPresenter presenter;
    private final String[] headers;
    private List<MaterialLine> rows = List.of();

    ChecklistTableModel(Messages messages, ChecklistPresenter presenter) {
        this.presenter = presenter;
        headers = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            headers[i] = messages.text("intake.materials.column." + KEYS[i]);
        }
    }

    void setRows(List<MaterialLine> value) {
        boolean sameShape = value.size() == rows.size();
        rows = value;
        if (sameShape) {
            fireTableRowsUpdated(0, Math.max(0, rows.size() - 1));
        } else {
            fireTableDataChanged();
        }
    }

    MaterialLine row(int index) {
        return rows.get(index);
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
            case APPLIES, RECEIVED, VERIFIED -> Boolean.class;
            case ORIGINALS, COPIES, PAGES -> Integer.class;
            case CHANNEL -> MaterialChannel.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        MaterialLine l = rows.get(row);
        boolean in = l.received() && (!l.conditional() || l.applies());
        return switch (column) {
            case APPLIES -> l.conditional();
            case RECEIVED -> !l.conditional() || l.applies();
            case CHANNEL, VERIFIED, ORIGINALS, COPIES, PAGES, PROBLEM -> in;
            default -> false;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        MaterialLine l = rows.get(row);
        return switch (column) {
            case NAME -> l.name();
            case APPLIES -> l.conditional() ? l.applies() : null;
            case RECEIVED -> l.received();
            case CHANNEL -> l.channel();
            case VERIFIED -> l.originalVerified();
            case ORIGINALS -> l.originals();
            case COPIES -> l.copies();
            case PAGES -> l.pages();
            case PROBLEM -> l.problem() == null ? "" : l.problem();
            default -> null;
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        switch (column) {
            case APPLIES -> presenter.update(row, l -> l.withApplies(Boolean.TRUE.equals(value)));
            case RECEIVED -> presenter.update(row, l -> l.withReceived(Boolean.TRUE.equals(value)));
            case CHANNEL -> {
                if (value instanceof MaterialChannel c) {
                    presenter.update(row, l -> l.withChannel(c));
                }
            }
            case VERIFIED -> presenter.update(row, l -> l.withOriginalVerified(Boolean.TRUE.equals(value)));
            case ORIGINALS -> presenter.update(row, l -> l.withCounts(count(value), l.copies(), l.pages()));
            case COPIES -> presenter.update(row, l -> l.withCounts(l.originals(), count(value), l.pages()));
            case PAGES -> presenter.update(row, l -> l.withCounts(l.originals(), l.copies(), count(value)));
            case PROBLEM -> presenter.update(row, l -> l.withProblem(value == null ? null : value.toString()));
            default -> { }
        }
    }

    /** A count the editor let through (JTable's Integer editor refuses non-numbers); never negative. */
    private static int count(Object value) {
        return value instanceof Integer i ? Math.max(0, i) : 0;
    }
}
