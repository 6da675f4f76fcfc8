package org.yichuang.client.intake.materials;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import org.yichuang.client.ui.Messages;

/**
 * The material's name with what the clerk must know at a glance: 【情形】 and its condition for a conditional material,
 * 【可容缺】 for a deferrable one, and the status (未收 / 不符合要求 / 不适用); the tooltip holds the whole text.
 */
final class MaterialNameRenderer extends DefaultTableCellRenderer {
    private final Messages messages;
    private final ChecklistTableModel model;

    MaterialNameRenderer(Messages messages, ChecklistTableModel model) {
        this.messages = messages;
        this.model = model;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
            int row, int column) {
        MaterialLine l = model.row(table.convertRowIndexToModel(row));
        StringBuilder text = new StringBuilder();
        text.append(l.check().status().label()).append(" · ").append(l.name());
        if (l.requirement().deferrable()) {
            text.append(' ').append(messages.text("intake.materials.deferrable"));
        }
        if (l.conditional()) {
            String condition = l.requirement().condition();
            text.append(' ').append(messages.text("intake.materials.conditional",
                    condition == null || condition.isBlank() ? "" : condition));
        }
        super.getTableCellRendererComponent(table, text.toString(), selected, focus, row, column);
        setToolTipText(text.toString());
        return this;
    }
}
