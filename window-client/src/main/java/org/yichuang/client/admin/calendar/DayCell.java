package org.yichuang.client.admin.calendar;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import org.yichuang.client.ui.Forms;
import org.yichuang.core.api.CalendarDayInfo;

/**
 * One day of a month grid: its number on the colour of its type. Colours are read from the theme at every paint, so
 * a theme switch needs no rebuild.
 */
final class DayCell extends JLabel {
    private String type = "";

    DayCell() {
        super("", SwingConstants.CENTER);
        setOpaque(false);
    }

    /** Shows {@code day}; null leaves the cell empty (days of the neighbouring months). */
    void show(CalendarDayInfo day, String tooltip) {
        type = day == null ? "" : day.type();
        setText(day == null ? "" : String.valueOf(day.date().getDayOfMonth()));
        setToolTipText(tooltip);
        getAccessibleContext().setAccessibleName(tooltip);
        repaint();
    }

    /** Returns the shown day's type (core DayType name), empty for an empty cell. */
    String type() {
        return type;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Color background = switch (type) {
            case "HOLIDAY" -> Forms.color("Yichuang.calendar.holiday.background");
            case "MAKEUP_WORKDAY" -> Forms.color("Yichuang.calendar.makeup.background");
            case "REGIONAL_OFF" -> Forms.color("Yichuang.calendar.regional.background");
            default -> null;
        };
        setForeground(switch (type) {
            case "HOLIDAY" -> Forms.color("Yichuang.calendar.holiday.foreground");
            case "MAKEUP_WORKDAY" -> Forms.color("Yichuang.calendar.makeup.foreground");
            case "REGIONAL_OFF" -> Forms.color("Yichuang.calendar.regional.foreground");
            case "WEEKEND" -> Forms.color("Yichuang.calendar.weekend.foreground");
            default -> javax.swing.UIManager.getColor("Label.foreground");
        });
        if (background != null) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(background);
            g2.fillRoundRect(1, 1, getWidth() - 2, getHeight() - 2, 6, 6);
            g2.dispose();
        }
        super.paintComponent(g);
    }
}
