package org.yichuang.client.admin.item.materials;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/**
 * The 补交期限 cell: “3个工作日” on a deferrable material, “承诺时限内” (muted) when it has no period of its own, and
 * an empty, disabled cell on a material that may not be deferred, so the administrator sees where a period belongs.
 */
final class SupplementDaysRenderer extends DefaultTableCellRenderer {
    private final Messages messages;
    private final MaterialTableModel model;

    SupplementDaysRenderer(Messages messages, MaterialTableModel model) {
        this.messages = messages;
        this.model = model;
        setHorizontalAlignment(SwingConstants.TRAILING);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
            int row, int column) {
        boolean deferrable = model.isCellEditable(table.convertRowIndexToModel(row), MaterialTableModel.SUPPLEMENT_DAYS);
        String text = !deferrable ? "" : value == null ? messages.text("admin.material.supplementDays.promised")
                : messages.text("admin.material.supplementDays.value", value);
        Component c = super.getTableCellRendererComponent(table, text, selected, focused, row, column);
        c.setEnabled(deferrable);
        if (!selected && deferrable && value == null) {
            c.setForeground(Forms.color("Yichuang.muted.foreground"));
        }
        return c;
    }
}
