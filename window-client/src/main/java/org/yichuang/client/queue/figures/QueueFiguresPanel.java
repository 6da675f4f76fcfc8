package org.yichuang.client.queue.figures;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/**
 * The 排队日统计 screen: a date field with 前一天/今天/后一天/刷新 and one table per grouping (窗口, 人员, 类别, 时段), the
 * whole day last in each. Keyboard: Alt+D the date (Enter reads it), Alt+←/→ the day before/after, Alt+Home today,
 * F5 again, Ctrl+E 导出 Excel, Alt+1…4 the groupings. Widgets and bindings only; the state is the presenter's.
 */
public final class QueueFiguresPanel extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "queue.figures";
    public static final String DAY_FIELD = "queue.figures.day";
    public static final String TABS = "queue.figures.tabs";
    public static final String NOTICE_LABEL = "queue.figures.notice";
    public static final String SUMMARY_LABEL = "queue.figures.summary";
    public static final String PREVIOUS_BUTTON = "queue.figures.previous";
    public static final String NEXT_BUTTON = "queue.figures.next";
    public static final String TODAY_BUTTON = "queue.figures.today";
    public static final String REFRESH_BUTTON = "queue.figures.refresh";
    public static final String EXPORT_BUTTON = "queue.figures.export";

    /** Returns the name of {@code grouping}'s table. */
    public static String tableName(Grouping grouping) {
        return "queue.figures.table." + grouping.key();
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Messages messages;
    private final QueueFiguresPresenter presenter;
    private final JTextField day = new JTextField(10);
    private final JLabel notice = new JLabel(" ");
    private final JLabel summary = new JLabel(" ");
    private final Map<Grouping, FiguresTableModel> models = new EnumMap<>(Grouping.class);
    private final JTabbedPane tabs = new JTabbedPane();

    /** Builds the screen around {@code presenter}. */
    public QueueFiguresPanel(Messages messages, QueueFiguresPresenter presenter, PreviousQueueDayAction previous,
            NextQueueDayAction next, TodayQueueDayAction today, RefreshQueueFiguresAction refresh,
            ExportQueueFiguresAction export) {
        super(new BorderLayout());
        this.messages = messages;
        this.presenter = presenter;
        setName(NAME);

        JPanel top = new JPanel();
        top.setLayout(new javax.swing.BoxLayout(top, javax.swing.BoxLayout.PAGE_AXIS));
        top.setBorder(BorderFactory.createEmptyBorder(8, 12, 4, 12));
        JPanel heading = new JPanel(new BorderLayout());
        heading.add(Forms.styled(new JLabel(messages.text("queue.figures.title")), "h3"), BorderLayout.LINE_START);
        summary.setName(SUMMARY_LABEL);
        heading.add(summary, BorderLayout.LINE_END);
        top.add(heading);

        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        day.setName(DAY_FIELD);
        ShowQueueDayAction show = new ShowQueueDayAction(messages, presenter, day::getText);
        day.setAction(show);   // Enter in the field
        JLabel dayLabel = Forms.label(messages.text("queue.figures.day"), day);
        bar.add(dayLabel);
        bar.add(day);
        bar.add(button(previous, PREVIOUS_BUTTON));
        bar.add(button(today, TODAY_BUTTON));
        bar.add(button(next, NEXT_BUTTON));
        bar.add(button(refresh, REFRESH_BUTTON));
        bar.add(button(export, EXPORT_BUTTON));
        notice.setName(NOTICE_LABEL);
        bar.add(notice);
        bar.setAlignmentX(LEFT_ALIGNMENT);
        heading.setAlignmentX(LEFT_ALIGNMENT);
        top.add(bar);
        add(top, BorderLayout.PAGE_START);

        tabs.setName(TABS);
        int index = 0;
        for (Grouping g : Grouping.values()) {
            FiguresTableModel model = new FiguresTableModel(messages, g);
            models.put(g, model);
            JTable table = new JTable(model);
            table.setName(tableName(g));
            table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            table.setRowHeight(Math.max(table.getRowHeight(), 26));
            table.setFillsViewportHeight(true);
            DefaultTableCellRenderer right = new DefaultTableCellRenderer();
            right.setHorizontalAlignment(SwingConstants.TRAILING);
            for (int c = 1; c < model.getColumnCount(); c++) {
                table.getColumnModel().getColumn(c).setCellRenderer(right);
            }
            table.getColumnModel().getColumn(0).setPreferredWidth(180);
            tabs.addTab(messages.text("queue.figures.tab." + g.key()), new JScrollPane(table));
            tabs.setMnemonicAt(index, KeyEvent.VK_1 + index);
            index++;
        }
        add(tabs, BorderLayout.CENTER);
        // two short lines rather than one: a single line was cut off at 1366 px
        JPanel help = new JPanel(new java.awt.GridLayout(0, 1));
        help.setBorder(BorderFactory.createEmptyBorder(4, 12, 6, 12));
        for (String key : new String[] {"queue.figures.help", "queue.figures.definitions"}) {
            JLabel line = new JLabel(messages.text(key));
            line.setForeground(Forms.color("Yichuang.muted.foreground"));
            help.add(line);
        }
        add(help, BorderLayout.PAGE_END);

        for (Action a : new Action[] {previous, next, today, refresh, export}) {
            bindKey(a);
        }
        presenter.addPropertyChangeListener(QueueFiguresPresenter.Property.STATE, e -> render());
        render();
    }

    private static JButton button(Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        return b;
    }

    /** Binds an action's accelerator on the whole screen, whichever table or field has the focus. */
    private void bindKey(Action action) {
        KeyStroke stroke = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        if (stroke != null) {
            String id = (String) action.getValue(Action.ACTION_COMMAND_KEY);
            getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, id);
            getActionMap().put(id, action);
        }
    }

    /** Puts the focus in the date field (when the screen is opened). */
    public void focusDay() {
        day.requestFocusInWindow();
        day.selectAll();
    }

    private void render() {
        QueueFiguresState s = presenter.state();
        String shown = s.day().format(DAY);
        if (!day.isFocusOwner() || s.figures() != null) {
            Forms.setTextIfDifferent(day, shown);
        }
        String weekday = s.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.CHINA);
        if (s.loading()) {
            notice.setText(messages.text("queue.figures.loading", shown));
        } else if (s.notice() != null) {
            notice.setText(s.notice());
        } else if (s.figures() != null && s.figures().total().called() == 0 && s.figures().total().served() == 0
                && s.figures().counters().isEmpty()) {
            notice.setText(messages.text("queue.figures.empty", shown));
        } else {
            notice.setText(" ");
        }
        if (s.figures() != null) {
            var total = s.figures().total();
            summary.setText(messages.text("queue.figures.summary", s.figures().day().format(DAY), weekday,
                    total.called(), total.served()));
        } else {
            summary.setText(" ");
        }
        for (Grouping g : Grouping.values()) {
            models.get(g).setLines(presenter.lines(g));
        }
    }
}
