package org.yichuang.client.queue.settings;

import java.util.Arrays;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.queue.CounterAssignment;

/** Which counter serves which category (窗口 ↔ 业务类别), with its weight and whether it is a priority counter. */
final class AssignmentTableModel extends AbstractTableModel {
    static final int COUNTER = 0;
    static final int CATEGORY = 1;
    static final int WEIGHT = 2;
    static final int PRIORITY = 3;
    /** The field of each column in core's violation paths ({@code assignments[i].<field>}). */
    static final List<String> FIELDS = List.of("counterNo", "categoryCode", "weight", "priorityCounter");

    private final QueueSettingsPresenter presenter;
    private final String[] names;
    private List<CounterAssignment> rows = List.of();

    AssignmentTableModel(Messages messages, QueueSettingsPresenter presenter) {
        this.presenter = presenter;
        this.names = Arrays.stream(new String[] {"counter", "category", "weight", "priority"})
                .map(k -> messages.text("queue.settings.assignment." + k)).toArray(String[]::new);
    }

    void setRows(List<CounterAssignment> value) {
        if (!value.equals(rows)) {
            rows = value;
            fireTableDataChanged();
        }
    }

    List<CounterAssignment> rows() {
        return rows;
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
        return switch (column) {
            case COUNTER, WEIGHT -> Integer.class;
            case PRIORITY -> Boolean.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return true;
    }

    @Override
    public Object getValueAt(int row, int column) {
        CounterAssignment a = rows.get(row);
        return switch (column) {
            case COUNTER -> a.counterNo();
            case CATEGORY -> a.categoryCode();
            case WEIGHT -> a.weight();
            case PRIORITY -> a.priorityCounter();
            default -> null;
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        CounterAssignment a = rows.get(row);
        CounterAssignment next = switch (column) {
            case COUNTER -> value instanceof Integer n ? new CounterAssignment(n, a.categoryCode(), a.weight(),
                    a.priorityCounter()) : a;
            case CATEGORY -> value instanceof String code ? new CounterAssignment(a.counterNo(), code, a.weight(),
                    a.priorityCounter()) : a;
            case WEIGHT -> value instanceof Integer n ? new CounterAssignment(a.counterNo(), a.categoryCode(), n,
                    a.priorityCounter()) : a;
            case PRIORITY -> new CounterAssignment(a.counterNo(), a.categoryCode(), a.weight(),
                    Boolean.TRUE.equals(value));
            default -> a;
        };
        presenter.setAssignment(row, next);
    }
}
