package org.yichuang.client.admin.calendar;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CalendarDayInfo;

/** One month as a grid, Monday first (中国的周一为一周之始), six rows so that every month has the same height. */
final class MonthView extends JPanel {
    private static final int CELLS = 42;
    private final Messages messages;
    private final JLabel title = new JLabel();
    private final DayCell[] cells = new DayCell[CELLS];

    MonthView(Messages messages) {
        super(new BorderLayout(0, 4));
        this.messages = messages;
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder(6, 8, 10, 8));
        Forms.styled(title, "h4");
        add(title, BorderLayout.PAGE_START);
        JPanel grid = new JPanel(new GridLayout(0, 7, 2, 2));
        grid.setOpaque(false);
        for (int d = 1; d <= 7; d++) {
            JLabel head = new JLabel(messages.text("calendar.weekday.short." + d), SwingConstants.CENTER);
            Forms.styled(head, "small");
            head.setForeground(Forms.color("Yichuang.muted.foreground"));
            grid.add(head);
        }
        for (int i = 0; i < CELLS; i++) {
            cells[i] = new DayCell();
            grid.add(cells[i]);
        }
        add(grid, BorderLayout.CENTER);
    }

    /** Shows the days of one month (all of the same month, in order); {@code tooltip} describes a day. */
    void show(int month, boolean provisional, List<CalendarDayInfo> days, Function<CalendarDayInfo, String> tooltip) {
        title.setText(messages.text(provisional ? "calendar.month.provisional" : "calendar.month", month));
        title.setForeground(provisional ? Forms.color("Yichuang.calendar.provisional.foreground") : null);
        int offset = days.isEmpty() ? 0 : days.get(0).date().getDayOfWeek().getValue() - 1;
        for (int i = 0; i < CELLS; i++) {
            int index = i - offset;
            CalendarDayInfo day = index >= 0 && index < days.size() ? days.get(index) : null;
            cells[i].show(day, day == null ? null : tooltip.apply(day));
            cells[i].setName(day == null ? null : cellName(day.date()));
        }
    }

    /** The component name of a day's cell, for tests. */
    static String cellName(LocalDate date) {
        return "calendar.day." + date;
    }
}
