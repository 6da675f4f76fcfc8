package org.yichuang.client.queue.settings;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.queue.QueueCategory;

/**
 * The 预约名额 rows: each category of the draft offering booking and its places per slot (每时段可预约人数); an edit goes
 * to the presenter, which refuses a number outside 0–1000.
 */
final class CapacityTableModel extends AbstractTableModel {
    static final int CATEGORY = 0;
    static final int CAPACITY = 1;

    private final QueueSettingsPresenter presenter;
    private final String[] names;
    private List<QueueCategory> rows = List.of();
    private QueueSettingsState shown;

    CapacityTableModel(Messages messages, QueueSettingsPresenter presenter) {
        this.presenter = presenter;
        this.names = new String[] {messages.text("queue.settings.booking.category"),
                messages.text("queue.settings.booking.capacity")};
    }

    /** Shows the state's booking categories and places; silent when nothing it shows changed. */
    void show(QueueSettingsState state) {
        List<QueueCategory> next = state.bookingCategories();
        boolean changed = !next.equals(rows) || shown == null
                || !state.capacities().equals(shown.capacities())
                || !state.capacityDraft().equals(shown.capacityDraft());
        rows = next;
        shown = state;
        if (changed) {
            fireTableDataChanged();
        }
    }

    /** The booking categories on show. */
    List<QueueCategory> rowsShown() {
        return rows;
    }

    /** The category code of a row. */
    String code(int row) {
        return rows.get(row).code();
    }

    /** Returns true while the row runs on the default places. */
    boolean isDefault(int row) {
        return shown != null && shown.defaultCapacity(rows.get(row).code());
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return names.length;
    }

    @Override
    public String getColumnName(int column) {
        return names[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == CAPACITY ? Integer.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == CAPACITY;
    }

    @Override
    public Object getValueAt(int row, int column) {
        QueueCategory c = rows.get(row);
        return column == CATEGORY ? c.prefix() + " · " + c.name() : shown.capacity(c.code());
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (column == CAPACITY && value instanceof Integer places) {
            presenter.setCapacity(rows.get(row).code(), places);
        }
    }
}
