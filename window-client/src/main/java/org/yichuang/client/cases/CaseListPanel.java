package org.yichuang.client.cases;

import org.yichuang.core.supervision.AlertLevel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.TableColumnModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.cases.CaseState;

/**
 * The case list page (办件): 我的办件 for a clerk, 办件监察 with filters and export for a supervisor. Every row shows the
 * due date, remaining working days and the 红黄牌 badge; the status line says whether pushed alerts are live.
 */
public final class CaseListPanel extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "cases.panel";
    public static final String TITLE_LABEL = "cases.title";
    public static final String TABLE = "cases.table";
    public static final String LEVEL_FILTER = "cases.filter.level";
    public static final String STATE_FILTER = "cases.filter.state";
    public static final String DEPARTMENT_FILTER = "cases.filter.department";
    public static final String ITEM_FILTER = "cases.filter.item";
    public static final String COUNTER_FILTER = "cases.filter.counter";
    public static final String STAFF_FILTER = "cases.filter.staff";
    public static final String APPLY_FILTER_BUTTON = "cases.filter.apply";
    public static final String COUNT_PREFIX = "cases.count.";
    public static final String TOTAL_LABEL = "cases.total";
    public static final String REFRESH_BUTTON = "cases.refresh";
    public static final String EXPORT_BUTTON = "cases.export";
    public static final String OPEN_BUTTON = "cases.open";
    public static final String STREAM_LABEL = "cases.stream";
    public static final String CASE_NO_FIELD = "cases.caseNo";
    public static final String PREVIOUS_PAGE_BUTTON = "cases.page.previous";
    public static final String NEXT_PAGE_BUTTON = "cases.page.next";

    /** A combo box entry: a code (null = any) and its label. */
    record Choice(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Case states a supervisor filters on, in the order of a case's life (RULES.md §1.2). */
    static final List<CaseState> STATES = List.of(CaseState.values());

    private final CaseListPresenter presenter;
    private final CaseTexts texts;
    private final CaseTableModel model;
    private final JTable table;
    private final JLabel total = new JLabel();
    private final JLabel stream = new JLabel();
    private final List<JLabel> counts = new ArrayList<>();
    private final OpenCaseAction open;

    /** Builds the page; {@code openCase} shows a case's detail. */
    public CaseListPanel(CaseTexts texts, CaseListPresenter presenter, AlertFeed feed, RefreshCasesAction refresh,
            ExportCasesAction export, PreviousPageAction previous, NextPageAction next,
            java.util.function.Consumer<String> openCase) {
        super(new BorderLayout());
        this.presenter = presenter;
        this.texts = texts;
        Messages m = texts.messages();
        setName(NAME);
        this.model = new CaseTableModel(texts, presenter.isSupervisor());
        this.table = new JTable(model);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(true);
        table.setDefaultRenderer(AlertLevel.class, new CardBadges.Renderer(texts));
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        sizeColumns(table.getColumnModel());
        this.open = new OpenCaseAction(m, this::selectedCaseNo, openCase);
        open.selectionChanged();
        table.getSelectionModel().addListSelectionListener(e -> open.selectionChanged());
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openCase");
        table.getActionMap().put("openCase", open);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    open.actionPerformed(null);
                }
            }
        });

        JPanel top = new JPanel();
        top.setLayout(new javax.swing.BoxLayout(top, javax.swing.BoxLayout.PAGE_AXIS));
        top.setBorder(BorderFactory.createEmptyBorder(8, 12, 4, 12));
        JPanel heading = new JPanel(new BorderLayout());
        JLabel title = Forms.styled(new JLabel(m.text(presenter.isSupervisor() ? "cases.title.all" : "cases.title.mine")),
                "h3");
        title.setName(TITLE_LABEL);
        heading.add(title, BorderLayout.LINE_START);
        stream.setName(STREAM_LABEL);
        heading.add(stream, BorderLayout.LINE_END);
        top.add(heading);
        if (presenter.isSupervisor()) {
            top.add(filterRow(m));
        }
        top.add(levelRow(m, refresh, export, openCase));
        add(top, BorderLayout.PAGE_START);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(pagingBar(previous, next), BorderLayout.PAGE_END);

        presenter.addPropertyChangeListener(CaseListPresenter.Property.STATE, e -> show(presenter.state()));
        feed.addPropertyChangeListener(AlertFeed.Property.STATUS, e -> showStream(feed));
        show(presenter.state());
        showStream(feed);
    }

    private JPanel filterRow(Messages m) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        JComboBox<Choice> state = new JComboBox<>();
        state.setName(STATE_FILTER);
        state.addItem(new Choice(null, m.text("cases.filter.any")));
        STATES.forEach(s -> state.addItem(new Choice(s.name(), texts.state(s))));
        JTextField department = field(DEPARTMENT_FILTER, 12);
        JTextField item = field(ITEM_FILTER, 14);
        JTextField counter = field(COUNTER_FILTER, 3);
        JTextField staff = field(STAFF_FILTER, 8);
        JButton apply = new JButton(m.text("cases.filter.apply"));
        apply.setName(APPLY_FILTER_BUTTON);
        apply.addActionListener(e -> {
            Integer counterNo = parseCounter(counter.getText());
            Forms.outlineError(counter, counterNo == null && !counter.getText().isBlank());
            if (counterNo == null && !counter.getText().isBlank()) {
                counter.requestFocusInWindow();
                return;
            }
            presenter.filter(((Choice) state.getSelectedItem()).code(), department.getText(), item.getText(),
                    counterNo, staff.getText());
        });
        for (JTextField f : List.of(department, item, counter, staff)) {
            f.addActionListener(e -> apply.doClick());
        }
        row.add(Forms.label(m.text("cases.filter.state"), state));
        row.add(state);
        row.add(Forms.label(m.text("cases.filter.department"), department));
        row.add(department);
        row.add(Forms.label(m.text("cases.filter.item"), item));
        row.add(item);
        row.add(Forms.label(m.text("cases.filter.counter"), counter));
        row.add(counter);
        row.add(Forms.label(m.text("cases.filter.staff"), staff));
        row.add(staff);
        row.add(apply);
        return row;
    }

    private JPanel levelRow(Messages m, RefreshCasesAction refresh, ExportCasesAction export,
            java.util.function.Consumer<String> openCase) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        JComboBox<Choice> level = new JComboBox<>();
        level.setName(LEVEL_FILTER);
        level.addItem(new Choice(null, m.text("cases.filter.any")));
        for (AlertLevel c : List.of(AlertLevel.WARNING, AlertLevel.YELLOW, AlertLevel.RED, AlertLevel.NONE)) {
            level.addItem(new Choice(c.name(), texts.card(c)));
        }
        level.addActionListener(e -> presenter.filterLevel(((Choice) level.getSelectedItem()).code()));
        row.add(Forms.label(m.text("cases.filter.level"), level));
        row.add(level);
        row.add(Box.createHorizontalStrut(12));
        for (AlertLevel c : List.of(AlertLevel.WARNING, AlertLevel.YELLOW, AlertLevel.RED)) {
            JLabel count = new JLabel();
            count.setName(COUNT_PREFIX + c.name());
            count.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
            counts.add(count);
            row.add(count);
        }
        row.add(Box.createHorizontalStrut(12));
        JButton refreshButton = new JButton(refresh);
        refreshButton.setName(REFRESH_BUTTON);
        row.add(refreshButton);
        JButton openButton = new JButton(open);
        openButton.setName(OPEN_BUTTON);
        row.add(openButton);
        if (presenter.isSupervisor()) {
            JButton exportButton = new JButton(export);
            exportButton.setName(EXPORT_BUTTON);
            row.add(exportButton);
        }
        // the back office receives paper files by number: a case it did not receive opens from here
        JTextField caseNo = field(CASE_NO_FIELD, 18);
        caseNo.putClientProperty(com.formdev.flatlaf.FlatClientProperties.PLACEHOLDER_TEXT,
                m.text("cases.caseNo.placeholder"));
        caseNo.addActionListener(e -> {
            String no = caseNo.getText().strip();
            if (!no.isEmpty()) {
                openCase.accept(no);
            }
        });
        row.add(Box.createHorizontalStrut(12));
        row.add(Forms.label(m.text("cases.caseNo"), caseNo));
        row.add(caseNo);
        return row;
    }

    /**
     * 上一页 | 第 N / M 页，共 K 件 | 下一页 under the table. Alt+← and Alt+→ page from anywhere on the page, the
     * table included; PageUp/PageDown keep scrolling within the page shown.
     */
    private JPanel pagingBar(PreviousPageAction previous, NextPageAction next) {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.CENTER, 8, 4));
        JButton previousButton = new JButton(previous);
        previousButton.setName(PREVIOUS_PAGE_BUTTON);
        JButton nextButton = new JButton(next);
        nextButton.setName(NEXT_PAGE_BUTTON);
        total.setName(TOTAL_LABEL);
        bar.add(previousButton);
        bar.add(total);
        bar.add(nextButton);
        bindKey(previous, "cases.page.previous");
        bindKey(next, "cases.page.next");
        return bar;
    }

    /** Binds an action's accelerator on the whole page, so it works whichever field or the table has the focus. */
    private void bindKey(javax.swing.Action action, String id) {
        KeyStroke stroke = (KeyStroke) action.getValue(javax.swing.Action.ACCELERATOR_KEY);
        if (stroke != null) {
            getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, id);
            // on the table itself too: a table may start editing a cell with a key it has no binding for
            table.getInputMap(JComponent.WHEN_FOCUSED).put(stroke, id);
            table.getActionMap().put(id, action);
            getActionMap().put(id, action);
        }
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }

    private static Integer parseCounter(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void sizeColumns(TableColumnModel columns) {
        int[] widths = {300, 220, 70, 100, 90, 130, 120, 70, 50, 70};
        for (int i = 0; i < columns.getColumnCount(); i++) {
            columns.getColumn(i).setPreferredWidth(widths[i]);
            columns.getColumn(i).setMinWidth(Math.min(widths[i], 60));
        }
    }

    /** Widens the 办件编号 column to the longest number shown: a cut-off number cannot be read to the applicant. */
    private void fitCaseNumbers(CaseListState state) {
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
        int width = 0;
        for (var row : state.rows()) {
            width = Math.max(width, metrics.stringWidth(row.caseNo()));
        }
        var column = table.getColumnModel().getColumn(table.convertColumnIndexToView(CaseTableModel.CASE_NO));
        int wanted = Math.max(120, width + 16);
        if (column.getMinWidth() != wanted) {
            column.setMinWidth(wanted);
            column.setPreferredWidth(wanted);
        }
    }

    private String selectedCaseNo() {
        int view = table.getSelectedRow();
        return view < 0 ? null : model.row(table.convertRowIndexToModel(view)).caseNo();
    }

    private void show(CaseListState state) {
        String selected = selectedCaseNo();
        model.setRows(state.rows());
        fitCaseNumbers(state);
        if (selected != null) {
            for (int i = 0; i < model.getRowCount(); i++) {
                if (model.row(i).caseNo().equals(selected)) {
                    int view = table.convertRowIndexToView(i);
                    table.getSelectionModel().setSelectionInterval(view, view);
                }
            }
        }
        List<AlertLevel> levels = List.of(AlertLevel.WARNING, AlertLevel.YELLOW, AlertLevel.RED);
        for (int i = 0; i < levels.size(); i++) {
            AlertLevel c = levels.get(i);
            CardBadges.badge(counts.get(i), c, texts.messages().text("cases.count", texts.card(c), state.count(c)));
        }
        total.setText(state.loaded() ? texts.messages().text("cases.page", state.page() + 1, state.pageCount(),
                state.total()) : "");
    }

    private void showStream(AlertFeed feed) {
        AlertFeed.Status s = feed.status();
        stream.setText("● " + texts.messages().text("cases.stream." + s.name()));
        stream.setForeground(Forms.color(s == AlertFeed.Status.LIVE ? "Yichuang.status.online"
                : s == AlertFeed.Status.RECONNECTING ? "Yichuang.status.offline" : "Yichuang.muted.foreground"));
    }

    /** Moves the keyboard focus to the table. */
    public void focusTable() {
        table.requestFocusInWindow();
    }
}
