package org.yichuang.client.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * The small "!" in a circle before an error line: the colour says error to most, the sign to everybody else.
 * Painted in {@code Yichuang.error.foreground} at paint time, so it follows a theme switch.
 */
final class ErrorIcon implements Icon {
    private final int size;

    ErrorIcon(int size) {
        this.size = size;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setColor(Forms.color("Yichuang.error.foreground"));
            g2.fillOval(x, y, size, size);
            Color mark = UIManager.getColor("Panel.background");
            g2.setColor(mark != null ? mark : Color.WHITE);
            float w = Math.max(1.5f, size / 8f);
            g2.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            float cx = x + size / 2f;
            g2.draw(new java.awt.geom.Line2D.Float(cx, y + size * 0.25f, cx, y + size * 0.58f));
            g2.fill(new java.awt.geom.Ellipse2D.Float(cx - w * 0.6f, y + size * 0.72f - w * 0.6f, w * 1.2f, w * 1.2f));
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
