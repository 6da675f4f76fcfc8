package org.yichuang.client.admin.item;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.yichuang.client.admin.widgets.FittedTable;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.VersionedItem;

/** Tab 版本记录: every version of the item, newest first, with its state, effective time and who saved it. */
public final class HistoryTab extends JPanel {
    public static final String TABLE = "admin.history.table";

    HistoryTab(Messages messages, ItemEditorPresenter presenter) {
        super(new BorderLayout(0, 8));
        setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        Model model = new Model(messages, presenter);
        JTable table = Widgets.named(new FittedTable(model, 60, 80, 130, 130, 90), TABLE);
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        JLabel hint = Forms.styled(new JLabel(messages.text("admin.history.hint")), "small");
        hint.setForeground(Forms.color("Yichuang.muted.foreground"));
        add(hint, BorderLayout.PAGE_START);
        add(new JScrollPane(table), BorderLayout.CENTER);
        presenter.addPropertyChangeListener(ItemEditorPresenter.Property.HISTORY, e -> model.fireTableDataChanged());
    }

    private static final class Model extends ColumnTableModel {
        private final Messages messages;
        private final ItemEditorPresenter presenter;

        Model(Messages messages, ItemEditorPresenter presenter) {
            this.messages = messages;
            this.presenter = presenter;
            columns(messages.text("admin.history.version"), messages.text("admin.history.state"),
                messages.text("admin.history.effectiveFrom"), messages.text("admin.history.recordedAt"),
                messages.text("admin.history.recordedBy"));
        }

        private List<VersionedItem> rows() {
            return presenter.history();
        }

        @Override
        public int getRowCount() {
            return rows().size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            VersionedItem v = rows().get(row);
            return switch (column) {
                case 0 -> messages.text("admin.version", v.version());
                case 1 -> messages.text("admin.versionState." + presenter.stateOf(v).name());
                case 2 -> presenter.labels().time(v.effectiveFrom());
                case 3 -> presenter.labels().time(v.recordedAt());
                default -> v.recordedBy();
            };
        }
    }
}
