package org.yichuang.client.intake;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/** Renders the name column; a bundle (一件事) gets a small accent-coloured tag before its name. */
final class EntryNameRenderer extends DefaultTableCellRenderer {
    private final ItemTableModel model;
    private final Tag tag;
    private boolean selected;

    EntryNameRenderer(ItemTableModel model, String tagText) {
        this.model = model;
        this.tag = new Tag(tagText);
        setIconTextGap(8);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
            int row, int column) {
        super.getTableCellRendererComponent(table, value, isSelected, hasFocus, row, column);
        selected = isSelected;
        int modelRow = table.convertRowIndexToModel(row);
        setIcon(modelRow < model.getRowCount() && model.row(modelRow).isBundle() ? tag : null);
        return this;
    }

    /** The tag in the theme's accent colour; inverted on a selected row, whose background is that colour too. */
    private final class Tag implements Icon {
        private final String text;

        Tag(String text) {
            this.text = text;
        }

        private Font font() {
            Font f = getFont();
            return f.deriveFont(Font.BOLD, Math.max(10f, f.getSize2D() - 2f));
        }

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                Color accent = UIManager.getColor("Component.accentColor");
                if (accent == null) {
                    accent = UIManager.getColor("Component.focusColor");
                }
                Color ink = UIManager.getColor("Button.default.foreground");
                g2.setColor(selected ? ink : accent);
                g2.fillRoundRect(x, y, getIconWidth(), getIconHeight(), 8, 8);
                g2.setFont(font());
                FontMetrics fm = g2.getFontMetrics();
                g2.setColor(selected ? accent : ink);
                g2.drawString(text, x + 6, y + (getIconHeight() - fm.getHeight()) / 2 + fm.getAscent());
            } finally {
                g2.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return getFontMetrics(font()).stringWidth(text) + 12;
        }

        @Override
        public int getIconHeight() {
            return getFontMetrics(font()).getHeight() + 2;
        }
    }
}
