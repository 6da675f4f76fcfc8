package org.yichuang.client.cases.detail;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;
import org.yichuang.core.supervision.AlertLevel;
import org.yichuang.client.cases.CardBadges;
import org.yichuang.client.cases.CaseTexts;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseActionOption;
import org.yichuang.core.api.CaseDeadlineExplanation;
import org.yichuang.core.api.CaseDeadlineExplanations;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.catalog.SpecialProcedureKind;

/**
 * The case detail (办件详情): receipt and acceptance as separate moments, due dates, clock stops, extensions, the
 * history of moved deadlines, the 期限说明, and one button per transition the server allows now.
 */
public final class CaseDetailDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "caseDetail.dialog";
    public static final String FIELD_PREFIX = "caseDetail.value.";
    public static final String HEADING_LABEL = "caseDetail.heading";
    public static final String CARD_LABEL = "caseDetail.card";
    public static final String MOVED_LABEL = "caseDetail.moved";
    public static final String EXPLANATION = "caseDetail.explanation";
    public static final String TABS = "caseDetail.tabs";
    public static final String SUSPENSIONS_TABLE = "caseDetail.suspensions";
    public static final String EXTENSIONS_TABLE = "caseDetail.extensions";
    public static final String HISTORY_TABLE = "caseDetail.history";
    public static final String ERROR_LABEL = "caseDetail.error";
    public static final String ACTION_PREFIX = "caseDetail.action.";
    /** issue 12: the queue ticket line (取号 A012 · 等候 12 分钟). */
    public static final String TICKET_LABEL = "caseDetail.ticket";
    public static final String KIND_FIELD = "caseDetail.form.kind";
    public static final String REASON_FIELD = "caseDetail.form.reason";
    public static final String STARTED_ON_FIELD = "caseDetail.form.startedOn";
    public static final String ENDED_ON_FIELD = "caseDetail.form.endedOn";
    public static final String APPROVER_FIELD = "caseDetail.form.approver";
    public static final String WORKING_DAYS_FIELD = "caseDetail.form.workingDays";

    /** The facts shown at the top, in order: key of the label, how to read it from the view. */
    private final Map<String, Function<CaseLifecycleView, String>> facts = new LinkedHashMap<>();
    private final Map<String, JLabel> values = new LinkedHashMap<>();
    private final CaseDetailPresenter presenter;
    private final CaseTexts texts;
    private final Messages m;
    private final JLabel card = new JLabel();
    private final JLabel moved = new JLabel();
    private final JLabel ticket = new JLabel();
    private final JTextArea explanation = new JTextArea();
    private final DefaultTableModel suspensions;
    private final DefaultTableModel extensions;
    private final DefaultTableModel history;
    private final JLabel error = new JLabel();
    private final JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
    private final Map<CaseAction, JButton> actionButtons = new LinkedHashMap<>();
    private final Map<FormField, JComponent> fields = new EnumMap<>(FormField.class);
    private final JComboBox<SpecialProcedureKind> kind = new JComboBox<>();
    private final JTextField reason = new JTextField(28);
    private final JTextField startedOn = new JTextField(9);
    private final JTextField endedOn = new JTextField(9);
    private final JTextField approver = new JTextField(8);
    private final JTextField workingDays = new JTextField(3);
    private boolean syncing;
    private String shownError;
    private List<CaseAction> shownActions;

    /** Builds the dialog over {@code owner}; the transitions are {@code actions}, in display order. */
    public CaseDetailDialog(Window owner, CaseTexts texts, CaseDetailPresenter presenter,
            List<TransitionAction> actions, String heading) {
        super(owner, texts.messages().text("caseDetail.title", presenter.caseNo()), ModalityType.MODELESS);
        this.presenter = presenter;
        this.texts = texts;
        this.m = texts.messages();
        setName(NAME);
        defineFacts();
        suspensions = readOnly(m.text("caseDetail.col.kind"), m.text("caseDetail.col.reason"),
                m.text("caseDetail.col.startedOn"), m.text("caseDetail.col.endedOn"));
        extensions = readOnly(m.text("caseDetail.col.workingDays"), m.text("caseDetail.col.reason"),
                m.text("caseDetail.col.approver"), m.text("caseDetail.col.grantedAt"));
        history = readOnly(m.text("caseDetail.col.changedAt"), m.text("caseDetail.col.oldPromised"),
                m.text("caseDetail.col.newPromised"), m.text("caseDetail.col.oldLegal"),
                m.text("caseDetail.col.newLegal"), m.text("caseDetail.col.reason"));

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 14, 12, 14));
        content.add(factsPanel(heading), BorderLayout.PAGE_START);
        content.add(tabs(), BorderLayout.CENTER);
        content.add(transitionPanel(actions), BorderLayout.PAGE_END);
        setContentPane(content);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        // closed by its title bar as by Escape: a hidden dialog stayed "open", and opening the case again only
        // brought an invisible window to the front
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);

        presenter.addPropertyChangeListener(CaseDetailPresenter.Property.STATE, e -> show(presenter.state()));
        show(presenter.state());
        setMinimumSize(new Dimension(900, 700));
        pack();
        setLocationRelativeTo(owner);
    }

    private void defineFacts() {
        facts.put("caseNo", CaseLifecycleView::caseNo);
        facts.put("state", v -> texts.state(v.state()));
        facts.put("receivedAt", v -> texts.dateTime(v.receivedAt()));
        facts.put("acceptedAt", v -> v.acceptedAt() == null ? m.text("caseDetail.notAccepted")
                : texts.dateTime(v.acceptedAt()));
        facts.put("acceptanceBasis", v -> texts.acceptanceBasis(v.acceptanceBasis()));
        facts.put("legalDue", v -> texts.dueDate(v.legalDue()));
        facts.put("promisedDue", v -> texts.dueDate(v.promisedDue()));
        facts.put("remaining", v -> v.promisedDue() == null ? "" : texts.remaining(v.promisedDue().remainingWorkingDays()));
        // the 5-working-day notice period matters only until the case is accepted
        facts.put("supplementNoticeDueAt", v -> v.acceptedAt() != null ? "" : texts.dateTime(v.supplementNoticeDueAt()));
        facts.put("decidedAt", v -> texts.dateTime(v.decidedAt()));
        facts.put("deliveredAt", v -> texts.dateTime(v.deliveredAt()));
    }

    private JPanel factsPanel(String heading) {
        JPanel grid = new JPanel(new GridBagLayout());
        int i = 0;
        for (String key : facts.keySet()) {
            GridBagConstraints label = new GridBagConstraints();
            label.gridx = (i % 2) * 2;
            label.gridy = i / 2;
            label.anchor = GridBagConstraints.LINE_END;
            label.insets = new Insets(2, 4, 2, 6);
            JLabel name = new JLabel(m.text("caseDetail.field." + key));
            name.setForeground(Forms.color("Yichuang.muted.foreground"));
            grid.add(name, label);
            GridBagConstraints value = new GridBagConstraints();
            value.gridx = label.gridx + 1;
            value.gridy = label.gridy;
            value.anchor = GridBagConstraints.LINE_START;
            value.weightx = 1;
            value.insets = new Insets(2, 0, 2, 16);
            JLabel v = new JLabel(" ");
            v.setName(FIELD_PREFIX + key);
            values.put(key, v);
            grid.add(v, value);
            i++;
        }
        JPanel top = new JPanel(new BorderLayout());
        top.add(grid, BorderLayout.CENTER);
        JPanel badges = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
        card.setName(CARD_LABEL);
        card.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        moved.setName(MOVED_LABEL);
        moved.setText(m.text("caseDetail.moved"));
        moved.setForeground(Forms.color("Yichuang.error.foreground"));
        badges.add(moved);
        badges.add(card);
        JPanel head = new JPanel(new BorderLayout());
        JLabel title = Forms.styled(new JLabel(heading == null || heading.isBlank() ? presenter.caseNo() : heading),
                "h3");
        title.setName(HEADING_LABEL);
        head.add(title, BorderLayout.LINE_START);
        ticket.setName(TICKET_LABEL);
        ticket.setBorder(BorderFactory.createEmptyBorder(0, 16, 0, 0));
        ticket.setForeground(Forms.color("Yichuang.muted.foreground"));
        ticket.setVisible(false);
        head.add(ticket, BorderLayout.CENTER);
        head.add(badges, BorderLayout.LINE_END);
        top.add(head, BorderLayout.PAGE_START);
        return top;
    }

    private JTabbedPane tabs() {
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName(TABS);
        explanation.setName(EXPLANATION);
        explanation.setEditable(false);
        explanation.setLineWrap(true);
        explanation.setWrapStyleWord(false);
        explanation.setRows(16);
        tabs.addTab(m.text("caseDetail.tab.explanation"), new JScrollPane(explanation));
        tabs.addTab(m.text("caseDetail.tab.suspensions"), table(suspensions, SUSPENSIONS_TABLE));
        tabs.addTab(m.text("caseDetail.tab.extensions"), table(extensions, EXTENSIONS_TABLE));
        JScrollPane historyPane = table(history, HISTORY_TABLE);
        // dates are short, the reason (启动特别程序：…) is what the clerk reads: it gets the room
        JTable historyTable = (JTable) historyPane.getViewport().getView();
        int[] widths = {125, 95, 95, 95, 95, 330};
        for (int i = 0; i < widths.length; i++) {
            historyTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        tabs.addTab(m.text("caseDetail.tab.history"), historyPane);
        return tabs;
    }

    private static JScrollPane table(DefaultTableModel model, String name) {
        JTable t = new JTable(model);
        t.setName(name);
        t.setPreferredScrollableViewportSize(new Dimension(700, 150));
        return new JScrollPane(t);
    }

    private static DefaultTableModel readOnly(String... columns) {
        return new DefaultTableModel(columns, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    private JPanel transitionPanel(List<TransitionAction> actions) {
        kind.setName(KIND_FIELD);
        kind.addItem(null);
        for (SpecialProcedureKind k : SpecialProcedureKind.values()) {
            kind.addItem(k);
        }
        kind.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
                    int index, boolean isSelected, boolean cellHasFocus) {
                String text = value == null ? m.text("caseDetail.form.kind.none")
                        : texts.suspensionKind((SpecialProcedureKind) value);
                return super.getListCellRendererComponent(list, text, index, isSelected, cellHasFocus);
            }
        });
        kind.addActionListener(e -> {
            if (!syncing) {
                presenter.setKind((SpecialProcedureKind) kind.getSelectedItem());
            }
        });
        bind(reason, REASON_FIELD, FormField.REASON, presenter::setReason);
        bind(startedOn, STARTED_ON_FIELD, FormField.STARTED_ON, presenter::setStartedOn);
        bind(endedOn, ENDED_ON_FIELD, FormField.ENDED_ON, presenter::setEndedOn);
        bind(approver, APPROVER_FIELD, FormField.APPROVER, presenter::setApprover);
        bind(workingDays, WORKING_DAYS_FIELD, FormField.WORKING_DAYS, presenter::setWorkingDays);
        fields.put(FormField.KIND, kind);

        JPanel form = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        add(form, "caseDetail.form.kind", kind);
        add(form, "caseDetail.form.startedOn", startedOn);
        add(form, "caseDetail.form.endedOn", endedOn);
        add(form, "caseDetail.form.approver", approver);
        add(form, "caseDetail.form.workingDays", workingDays);
        JPanel reasonRow = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        add(reasonRow, "caseDetail.form.reason", reason);

        for (TransitionAction a : actions) {
            JButton b = new JButton(a);
            b.setName(ACTION_PREFIX + a.code().name());
            actionButtons.put(a.code(), b);
        }
        error.setName(ERROR_LABEL);
        error.setForeground(Forms.color("Yichuang.error.foreground"));

        JPanel panel = new JPanel();
        panel.setLayout(new javax.swing.BoxLayout(panel, javax.swing.BoxLayout.PAGE_AXIS));
        panel.setBorder(BorderFactory.createTitledBorder(m.text("caseDetail.section.transitions")));
        for (JComponent c : List.of(form, reasonRow, buttons, error)) {
            c.setAlignmentX(LEFT_ALIGNMENT);
            panel.add(c);
        }
        return panel;
    }

    private void add(JPanel row, String labelKey, JComponent field) {
        row.add(Forms.label(m.text(labelKey), field));
        row.add(field);
    }

    private void bind(JTextField field, String name, FormField which, java.util.function.Consumer<String> setter) {
        field.setName(name);
        fields.put(which, field);
        Forms.onTextChange(field, text -> {
            if (!syncing) {
                setter.accept(text);
            }
        });
    }

    private void show(CaseDetailState s) {
        syncing = true;
        try {
            ticket.setText(s.ticket() == null ? "" : s.ticket());
            ticket.setVisible(s.ticket() != null);
            CaseLifecycleView v = s.view();
            if (v != null) {
                facts.forEach((key, read) -> {
                    String text = read.apply(v);
                    values.get(key).setText(text == null || text.isEmpty() ? "—" : text);
                });
                AlertLevel c = v.alertLevel() == null ? AlertLevel.NONE : v.alertLevel();
                card.setOpaque(c != AlertLevel.NONE);
                card.setText(texts.card(c));
                card.setBackground(Forms.color(CardBadges.backgroundKey(c)));
                card.setForeground(c == AlertLevel.NONE ? Forms.color("Yichuang.muted.foreground")
                        : Forms.color(CardBadges.foregroundKey(c)));
                moved.setVisible(v.deadlineHistory().stream().anyMatch(h -> h.oldCalendarVersion() != null
                        && !h.oldCalendarVersion().equals(h.newCalendarVersion())));
                fillTables(v);
                showButtons(v);
            }
            explanation.setText(explain(s.explanation()));
            explanation.setCaretPosition(0);
            TransitionForm f = s.form();
            if (!java.util.Objects.equals(kind.getSelectedItem(), f.kind())) {
                kind.setSelectedItem(f.kind());
            }
            Forms.setTextIfDifferent(reason, f.reason());
            Forms.setTextIfDifferent(startedOn, f.startedOn());
            Forms.setTextIfDifferent(endedOn, f.endedOn());
            Forms.setTextIfDifferent(approver, f.approver());
            Forms.setTextIfDifferent(workingDays, f.workingDays());
            boolean canSuspend = s.allows(CaseAction.START_SPECIAL_PROCEDURE);
            kind.setEnabled(canSuspend);
            startedOn.setEnabled(canSuspend);
            endedOn.setEnabled(s.allows(CaseAction.END_SPECIAL_PROCEDURE));
            approver.setEnabled(s.allows(CaseAction.EXTEND));
            workingDays.setEnabled(s.allows(CaseAction.EXTEND));
            if (s.error() != shownError) {
                // only a new refusal moves the focus: typing the correction must not pull it back
                shownError = s.error();
                fields.values().forEach(c -> Forms.outlineError(c, false));
                Forms.showError(error, s.error());
                if (s.error() != null) {
                    focusAfterRefusal(s);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Puts the focus where the clerk must correct: the field the refusal names, else the button pressed. */
    private void focusAfterRefusal(CaseDetailState s) {
        JComponent target = s.errorField() == FormField.NONE ? actionButtons.get(s.lastAction())
                : fields.get(s.errorField());
        if (target != null) {
            if (target != actionButtons.get(s.lastAction())) {
                Forms.outlineError(target, true);
            }
            target.requestFocusInWindow();
        }
    }

    private void showButtons(CaseLifecycleView v) {
        List<CaseAction> offered = v.availableActions().stream().map(CaseActionOption::action).toList();
        if (offered.equals(shownActions)) {
            return;   // relaying out the row under the clerk's pointer would move the button being clicked
        }
        shownActions = offered;
        buttons.removeAll();
        List<CaseAction> shown = new ArrayList<>();
        for (CaseActionOption option : v.availableActions()) {
            CaseAction code = option.action();
            JButton b = actionButtons.get(code);
            if (b == null) {
                String label = option.label() == null || !m.locale().getLanguage().equals("zh")
                        ? texts.action(code) : option.label();
                b = new JButton(new TransitionAction.OtherTransitionAction(m, presenter, code, label));
                b.setName(ACTION_PREFIX + code.name());
                actionButtons.put(code, b);
            }
            shown.add(code);
        }
        // known actions in the order of a case's life, then whatever else the server offers
        actionButtons.forEach((code, b) -> {
            if (shown.contains(code)) {
                buttons.add(b);
            }
        });
        if (shown.isEmpty()) {
            buttons.add(new JLabel(m.text("caseDetail.noActions")));
        }
        buttons.revalidate();
        buttons.repaint();
    }

    private void fillTables(CaseLifecycleView v) {
        suspensions.setRowCount(0);
        v.suspensions().forEach(s -> suspensions.addRow(new Object[] {texts.suspensionKind(s.kind()), s.reason(),
            s.startedOn(), s.endedOn() == null ? m.text("caseDetail.suspension.running") : s.endedOn()}));
        extensions.setRowCount(0);
        v.extensions().forEach(e -> extensions.addRow(new Object[] {e.workingDays(), e.reason(), e.approverName(),
            texts.dateTime(e.grantedAt())}));
        history.setRowCount(0);
        v.deadlineHistory().forEach(h -> history.addRow(new Object[] {texts.dateTime(h.changedAt()),
            texts.dueDay(h.oldPromisedDueAt()), texts.dueDay(h.newPromisedDueAt()), texts.dueDay(h.oldLegalDueAt()),
            texts.dueDay(h.newLegalDueAt()), h.reason()}));
    }

    /** The server's 期限说明, each due date under its heading; the note when there is none yet (未受理). */
    private String explain(CaseDeadlineExplanations e) {
        if (e == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (CaseDeadlineExplanation d : e.deadlines()) {
            if (s.length() > 0) {
                s.append('\n');
            }
            // the lines name the calendar version and its source themselves
            s.append(m.text("caseDetail.explanation.heading", d.kind())).append('\n');
            d.lines().forEach(line -> s.append(line).append('\n'));
        }
        if (e.note() != null) {
            s.append(e.note());
        }
        return s.toString().stripTrailing();
    }
}
