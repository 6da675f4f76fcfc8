package org.yichuang.client.admin.item.clock;

import java.util.List;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Messages;

/** The 环节时限 rows as an editable table (环节名称 | 工作日); each edit replaces one row in the presenter. */
public final class StepLimitTableModel extends ColumnTableModel {
    public static final int STEP = 0;
    public static final int DAYS = 1;

    private final StepLimitsPresenter steps;
    private List<StepLimitRow> rows = List.of();

    StepLimitTableModel(Messages messages, StepLimitsPresenter steps) {
        this.steps = steps;
        columns(messages.text("admin.stepLimits.column.step"), messages.text("admin.stepLimits.column.days"));
    }

    /** Shows the draft's rows; returns true when they changed. */
    boolean refresh() {
        List<StepLimitRow> next = steps.rows();
        if (next.equals(rows)) {
            return false;
        }
        boolean sameSize = next.size() == rows.size();
        rows = next;
        if (sameSize) {
            fireTableRowsUpdated(0, rows.size() - 1);   // keeps the selection and an editor in another row
        } else {
            fireTableDataChanged();
        }
        return true;
    }

    StepLimitRow row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == DAYS ? Integer.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return true;
    }

    @Override
    public Object getValueAt(int row, int column) {
        StepLimitRow r = rows.get(row);
        return column == STEP ? r.step() : (Object) r.days();
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        StepLimitRow r = rows.get(row);
        StepLimitRow changed = column == STEP
                ? new StepLimitRow(value == null ? "" : ((String) value).strip(), r.days())
                : new StepLimitRow(r.step(), value == null ? 0 : ((Number) value).intValue());
        steps.set(row, changed);
    }
}
