package org.yichuang.client.queue.figures;

import java.util.List;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Messages;

/** One grouping's rows of the day, the whole day (全天) last. */
final class FiguresTableModel extends ColumnTableModel {
    private List<FigureLine> lines = List.of();

    FiguresTableModel(Messages m, Grouping grouping) {
        columns(m.text("queue.figures.column." + grouping.key()), m.text("queue.figures.column.called"),
                m.text("queue.figures.column.meanWaiting"), m.text("queue.figures.column.p90Waiting"),
                m.text("queue.figures.column.maxWaiting"),
                m.text("queue.figures.column.served"), m.text("queue.figures.column.meanService"),
                m.text("queue.figures.column.maxService"), m.text("queue.figures.column.idle"));
    }

    void setLines(List<FigureLine> next) {
        if (!next.equals(lines)) {
            lines = next;
            fireTableDataChanged();
        }
    }

    @Override
    public int getRowCount() {
        return lines.size();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 1 || column == 5 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        FigureLine l = lines.get(row);
        return switch (column) {
            case 0 -> l.label();
            case 1 -> l.called();
            case 2 -> l.meanWaiting();
            case 3 -> l.p90Waiting();
            case 4 -> l.maxWaiting();
            case 5 -> l.served();
            case 6 -> l.meanService();
            case 7 -> l.maxService();
            default -> l.idleWithQueue();
        };
    }
}
