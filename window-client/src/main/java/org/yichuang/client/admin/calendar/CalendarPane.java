package org.yichuang.client.admin.calendar;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.Scrollable;
import javax.swing.SwingUtilities;
import org.yichuang.client.admin.widgets.FittedTable;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CalendarDayInfo;
import org.yichuang.core.api.CalendarOverview;
import org.yichuang.core.api.CalendarVersionInfo;
import org.yichuang.core.api.CalendarYear;
import org.yichuang.core.error.Problem;

/**
 * The 日历 page: the current calendar version, a year as twelve month grids beside the list of its special days, the
 * import command, and the problems of a refused file (with the focus on them, so the administrator reads them first).
 */
public final class CalendarPane extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "calendar.pane";
    public static final String VERSION_LABEL = "calendar.version";
    public static final String PUBLISHED_LABEL = "calendar.published";
    public static final String YEAR_COMBO = "calendar.year";
    public static final String YEAR_LABEL = "calendar.yearState";
    public static final String IMPORT_BUTTON = "calendar.import";
    public static final String DAYS_TABLE = "calendar.days";
    public static final String PROBLEMS_PANEL = "calendar.problems";
    public static final String PROBLEMS_LABEL = "calendar.problems.summary";
    public static final String PROBLEMS_TABLE = "calendar.problems.table";
    public static final String PROBLEMS_CLOSE = "calendar.problems.close";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final CalendarPresenter presenter;
    private final ZoneId zone;
    private final JLabel version = Widgets.named(new JLabel(" "), VERSION_LABEL);
    private final JLabel published = Widgets.named(new JLabel(" "), PUBLISHED_LABEL);
    private final JComboBox<Integer> years = Widgets.named(new JComboBox<>(), YEAR_COMBO);
    private final JLabel yearState = Widgets.named(new JLabel(" "), YEAR_LABEL);
    private final MonthView[] months = new MonthView[12];
    private final DaysModel days;
    private final ProblemsModel problemRows;
    private final JTable problemTable;
    private final JLabel problemSummary = Widgets.named(new JLabel(), PROBLEMS_LABEL);
    private final JPanel problems = new JPanel(new BorderLayout(0, 6));
    private boolean syncing;
    private CalendarState shown;

    /** Builds the page; {@code zone} is the hall's, in which versions' times are shown. */
    public CalendarPane(Messages messages, CalendarPresenter presenter, ImportCalendarAction importCalendar,
            ZoneId zone) {
        super(new BorderLayout(0, 0));
        this.messages = messages;
        this.presenter = presenter;
        this.zone = zone;
        this.days = new DaysModel(messages);
        this.problemRows = new ProblemsModel(messages);
        this.problemTable = Widgets.named(new FittedTable(problemRows, 60, 520, 200), PROBLEMS_TABLE);
        setName(NAME);

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.PAGE_AXIS));
        top.setBorder(BorderFactory.createEmptyBorder(12, 16, 8, 16));
        top.add(header(importCalendar));
        top.add(Box.createVerticalStrut(8));
        top.add(problemsPanel());
        add(top, BorderLayout.PAGE_START);

        JPanel grid = new MonthGrid();
        for (int m = 0; m < 12; m++) {
            months[m] = new MonthView(messages);
            grid.add(months[m]);
        }
        JScrollPane gridScroll = new JScrollPane(grid);
        gridScroll.setBorder(BorderFactory.createEmptyBorder());
        gridScroll.getVerticalScrollBar().setUnitIncrement(24);

        JTable dayTable = Widgets.named(new FittedTable(days, 96, 40, 90, 90), DAYS_TABLE);
        dayTable.setFillsViewportHeight(true);
        JScrollPane dayScroll = new JScrollPane(dayTable);
        JPanel right = new JPanel(new BorderLayout(0, 6));
        right.add(Forms.styled(new JLabel(messages.text("calendar.days.title")), "h4"), BorderLayout.PAGE_START);
        right.add(dayScroll, BorderLayout.CENTER);
        right.setBorder(BorderFactory.createEmptyBorder(6, 8, 8, 16));
        right.setMinimumSize(new Dimension(360, 0));
        right.setPreferredSize(new Dimension(400, 0));

        JPanel left = new JPanel(new BorderLayout());
        left.add(yearState, BorderLayout.PAGE_START);
        yearState.setBorder(BorderFactory.createEmptyBorder(0, 16, 4, 8));
        left.add(gridScroll, BorderLayout.CENTER);
        left.add(legend(), BorderLayout.PAGE_END);

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setResizeWeight(1.0);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);

        years.addActionListener(e -> {
            if (!syncing && years.getSelectedItem() instanceof Integer y) {
                presenter.selectYear(y);
            }
        });
        presenter.addPropertyChangeListener(CalendarPresenter.Property.STATE, e -> render());
        render();
    }

    private JPanel header(ImportCalendarAction importCalendar) {
        JPanel line = new JPanel(new BorderLayout(12, 0));
        JPanel text = new JPanel(new GridLayout(0, 1, 0, 2));
        text.add(Forms.styled(new JLabel(messages.text("calendar.title")), "h3"));
        text.add(version);
        text.add(published);
        line.add(text, BorderLayout.CENTER);
        JPanel commands = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        commands.add(Forms.label(messages.text("calendar.year.label"), years));
        years.setPrototypeDisplayValue(2100);
        commands.add(years);
        JButton importButton = Widgets.named(new JButton(importCalendar), IMPORT_BUTTON);
        commands.add(importButton);
        line.add(commands, BorderLayout.LINE_END);
        line.setAlignmentX(LEFT_ALIGNMENT);
        return line;
    }

    private JPanel problemsPanel() {
        problems.setName(PROBLEMS_PANEL);
        problems.setAlignmentX(LEFT_ALIGNMENT);
        problems.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 1, 1, 1, Forms.color("Yichuang.error.foreground")),
                BorderFactory.createEmptyBorder(8, 10, 8, 10)));
        problemSummary.setForeground(Forms.color("Yichuang.error.foreground"));
        Forms.styled(problemSummary, "semibold");
        JButton close = Widgets.named(new JButton(messages.text("calendar.problems.close")), PROBLEMS_CLOSE);
        close.addActionListener(e -> presenter.clearProblems());
        JPanel head = new JPanel(new BorderLayout(8, 0));
        head.add(problemSummary, BorderLayout.CENTER);
        head.add(close, BorderLayout.LINE_END);
        problemTable.setFillsViewportHeight(true);
        JScrollPane scroll = new JScrollPane(problemTable);
        scroll.setPreferredSize(new Dimension(600, 170));
        problems.add(head, BorderLayout.PAGE_START);
        problems.add(scroll, BorderLayout.CENTER);
        problems.setVisible(false);
        return problems;
    }

    private JPanel legend() {
        JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEADING, 12, 4));
        legend.setBorder(BorderFactory.createEmptyBorder(0, 12, 8, 8));
        for (String type : List.of("WORKDAY", "WEEKEND", "HOLIDAY", "MAKEUP_WORKDAY", "REGIONAL_OFF")) {
            DayCell swatch = new DayCell();
            swatch.show(new CalendarDayInfo(LocalDate.of(2000, 1, 8), type, true, "", true), null);
            swatch.setPreferredSize(new Dimension(26, 22));
            JPanel item = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
            item.add(swatch);
            item.add(Forms.styled(new JLabel(messages.text("calendar.type." + type)), "small"));
            legend.add(item);
        }
        return legend;
    }

    private void render() {
        CalendarState state = presenter.state();
        CalendarState before = shown;
        shown = state;
        syncing = true;
        try {
            renderOverview(state.overview());
            List<Integer> choosable = state.choosableYears(presenter.thisYear());
            if (before == null || !choosable.equals(items())) {
                years.setModel(new DefaultComboBoxModel<>(choosable.toArray(Integer[]::new)));
            }
            years.setSelectedItem(state.selectedYear());
        } finally {
            syncing = false;
        }
        renderYear(state);
        renderProblems(before, state);
    }

    private List<Integer> items() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < years.getItemCount(); i++) {
            list.add(years.getItemAt(i));
        }
        return list;
    }

    private void renderOverview(CalendarOverview overview) {
        if (overview == null) {
            version.setText(messages.text("calendar.loading"));
            published.setText(" ");
            return;
        }
        CalendarVersionInfo v = overview.current();
        String by = v.recordedByName() == null ? messages.text("calendar.version.shipped") : v.recordedByName();
        // the shipped schedule has been in force since the beginning (the server stores it from the epoch)
        String from = v.effectiveFrom().equals(java.time.Instant.EPOCH) ? messages.text("calendar.version.always")
                : MINUTES.format(v.effectiveFrom().atZone(zone));
        version.setText(messages.text("calendar.version", v.number(), v.source(), from, by,
                overview.versions().size()));
        published.setText(messages.text("calendar.published", overview.publishedYears().isEmpty()
                ? messages.text("calendar.published.none")
                : overview.publishedYears().stream().map(String::valueOf).collect(Collectors.joining("、"))));
    }

    private void renderYear(CalendarState state) {
        CalendarYear year = state.year();
        if (year == null) {
            yearState.setText(messages.text("calendar.year.loading", state.selectedYear()));
            yearState.setForeground(null);
            days.show(List.of());
            for (int m = 0; m < 12; m++) {
                months[m].show(m + 1, false, List.of(), d -> null);
            }
            return;
        }
        yearState.setText(year.provisional()
                ? messages.text("calendar.year.provisional", year.year(), year.workingDays())
                : messages.text("calendar.year.published", year.year(), year.workingDays(), year.version()));
        yearState.setForeground(year.provisional() ? Forms.color("Yichuang.calendar.provisional.foreground") : null);
        Forms.styled(yearState, "h4");
        for (int m = 0; m < 12; m++) {
            int month = m + 1;
            List<CalendarDayInfo> of = year.days().stream().filter(d -> d.date().getMonthValue() == month).toList();
            months[m].show(month, year.provisional(), of, d -> describe(d, year.provisional()));
        }
        days.show(year.days().stream().filter(d -> !d.type().equals("WORKDAY") && !d.type().equals("WEEKEND"))
                .toList());
    }

    /** e.g. {@code 2027-10-01 周五 · 法定节假日（国庆节）}, with 暂定 for a provisional year. */
    String describe(CalendarDayInfo d, boolean provisional) {
        return d.date() + " " + messages.text("calendar.weekday." + d.date().getDayOfWeek().getValue()) + " · "
                + days.typeText(d) + (provisional ? " · " + messages.text("calendar.provisional") : "");
    }

    private void renderProblems(CalendarState before, CalendarState state) {
        boolean changed = before == null || !before.problems().equals(state.problems());
        if (!changed) {
            return;
        }
        problemRows.show(state.problems());
        problems.setVisible(!state.problems().isEmpty());
        if (!state.problems().isEmpty()) {
            problemSummary.setText(messages.text("calendar.problems.summary", state.problemFile(),
                    state.problems().size()));
            // the administrator reads the problems first: focus on the list, first row selected. requestFocus, not
            // requestFocusInWindow: the file dialog just closed and the window may not have its focus back yet
            SwingUtilities.invokeLater(() -> {
                if (problemTable.getRowCount() > 0) {
                    problemTable.changeSelection(0, 0, false, false);
                }
                problemTable.requestFocus();
            });
        }
        revalidate();
        repaint();
    }

    /** Months flow in as many columns as the width holds, and the grid scrolls vertically. */
    private static final class MonthGrid extends JPanel implements Scrollable {
        private static final int MONTH_WIDTH = 185;

        MonthGrid() {
            super(new GridLayout(0, 4, 4, 4));
            setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        }

        /** Columns that divide the twelve months into full rows (6×2, 4×3, 3×4…), as many as the width holds. */
        private static int columns(int width) {
            for (int columns : new int[] {6, 4, 3, 2}) {
                if (columns * MONTH_WIDTH <= width - 16) {
                    return columns;
                }
            }
            return 1;
        }

        @Override
        public void doLayout() {
            int columns = columns(getWidth());
            GridLayout layout = (GridLayout) getLayout();
            if (layout.getColumns() != columns) {
                layout.setColumns(columns);
                layout.setRows(0);
            }
            super.doLayout();
        }

        @Override
        public Dimension getPreferredSize() {
            int width = getParent() == null ? MONTH_WIDTH * 4 : getParent().getWidth();
            int columns = columns(width);
            int rows = (12 + columns - 1) / columns;
            Dimension month = getComponentCount() == 0 ? new Dimension(MONTH_WIDTH, 220)
                    : getComponent(0).getPreferredSize();
            return new Dimension(width, rows * (month.height + 4));
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 24;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return visible.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /** The special days of the year: holidays, make-up working days and regional days off. */
    private static final class DaysModel extends ColumnTableModel {
        private final Messages messages;
        private List<CalendarDayInfo> rows = List.of();

        DaysModel(Messages messages) {
            this.messages = messages;
            columns(messages.text("calendar.days.column.date"), messages.text("calendar.days.column.weekday"),
                    messages.text("calendar.days.column.type"), messages.text("calendar.days.column.holiday"));
        }

        void show(List<CalendarDayInfo> value) {
            rows = List.copyOf(value);
            fireTableDataChanged();
        }

        /** e.g. {@code 法定节假日（国庆节）} or {@code 地方休息日（不计为法定节假日）}. */
        String typeText(CalendarDayInfo d) {
            return d.holiday().isEmpty() ? type(d) : type(d) + "（" + d.holiday() + "）";
        }

        private String type(CalendarDayInfo d) {
            String type = messages.text("calendar.type." + d.type());
            return !d.type().equals("REGIONAL_OFF") ? type : type + messages.text(d.countsAsStatutory()
                    ? "calendar.regional.statutory" : "calendar.regional.notStatutory");
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            CalendarDayInfo d = rows.get(row);
            return switch (column) {
                case 0 -> d.date().toString();
                case 1 -> messages.text("calendar.weekday." + d.date().getDayOfWeek().getValue());
                case 2 -> type(d);
                default -> d.holiday();
            };
        }
    }

    /** The problems of a refused file, one per line of the file. */
    private static final class ProblemsModel extends ColumnTableModel {
        private List<Problem> rows = List.of();

        ProblemsModel(Messages messages) {
            columns(messages.text("calendar.problems.column.line"), messages.text("calendar.problems.column.message"),
                    messages.text("calendar.problems.column.code"));
        }

        void show(List<Problem> value) {
            rows = List.copyOf(value);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            Problem p = rows.get(row);
            return switch (column) {
                case 0 -> p.row() == null ? (p.field() == null ? "" : p.field()) : String.valueOf(p.row());
                case 1 -> p.message();
                default -> p.code();
            };
        }
    }
}
