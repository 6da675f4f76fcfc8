package org.yichuang.client.admin.item;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.yichuang.client.admin.item.clock.StepLimitsPanel;
import org.yichuang.client.admin.item.form.BasicInfoTab;
import org.yichuang.client.admin.item.form.ContactsTab;
import org.yichuang.client.admin.item.form.HandlingTab;
import org.yichuang.client.admin.item.form.LimitsFeeTab;
import org.yichuang.client.admin.item.materials.MaterialsTab;
import org.yichuang.client.admin.item.rules.IntakeRulesTab;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.VersionedItem;

/**
 * The item editor (事项编辑): a header with version, 生效时间 and last editor, the field tabs, the list of what still
 * breaks a rule, and the save bar with an optional future effective time.
 */
public final class ItemEditorPane extends JPanel {
    public static final String NAME = "admin.editor";
    public static final String TABS = "admin.editor.tabs";
    public static final String TITLE_LABEL = "admin.editor.title";
    public static final String VERSION_LABEL = "admin.editor.version";
    public static final String NOTICE_LABEL = "admin.editor.notice";
    public static final String EFFECTIVE_FROM_FIELD = "admin.editor.effectiveFrom";
    public static final String EFFECTIVE_FROM_ERROR = "admin.editor.effectiveFrom.error";
    public static final String SAVE_BUTTON = "admin.editor.save";
    public static final String RELOAD_BUTTON = "admin.editor.reload";
    public static final String WITHDRAW_BUTTON = "admin.editor.withdraw";
    public static final String COPY_BUTTON = "admin.editor.copy";
    public static final int TAB_BASIC = 0;
    public static final int TAB_LIMITS = 1;
    public static final int TAB_MATERIALS = 2;
    /** 受理规则: risk category, 容缺, 告知承诺, seal owner, genuine intent. */
    public static final int TAB_RULES = 3;
    public static final int TAB_HANDLING = 4;
    public static final int TAB_CONTACTS = 5;
    public static final int TAB_HISTORY = 6;
    private static final List<String> LIMIT_FIELDS = List.of("caseKind", "statutoryLimit", "promisedLimit", "visits",
            "fee", "maxExtensions", "jointHandling", "stepLimits");
    private static final List<String> RULE_FIELDS = List.of("riskCategory", "deferralAllowed", "commitmentAllowed",
            "postCheckWorkingDays", "sealOwner", "askGenuineIntent");
    private static final List<String> HANDLING_FIELDS = List.of("serviceObjects", "channels", "deliveryOptions",
            "specialProcedures");

    private final Messages messages;
    private final ItemEditorPresenter presenter;
    private final JTabbedPane tabs = new JTabbedPane();
    private final String[] tabTitles;
    private final JLabel title = new JLabel();
    private final JLabel version = new JLabel();
    private final JLabel notice = new JLabel();
    private final JTextField effectiveFrom = new JTextField(16);
    private final JLabel effectiveFromError = new JLabel(" ");
    private final CardLayout cards = new CardLayout();
    private final MaterialsTab materials;
    private final DraftBinder binder;

    public ItemEditorPane(Messages messages, ItemEditorPresenter presenter, EditorActions actions) {
        this.messages = messages;
        this.presenter = presenter;
        setLayout(cards);
        setName(NAME);
        binder = new DraftBinder(presenter);
        FieldLabels labels = presenter.labels();
        materials = new MaterialsTab(messages, presenter, binder, labels, actions.materials());
        tabTitles = new String[] {messages.text("admin.tab.basic"), messages.text("admin.tab.limits"),
            messages.text("admin.tab.materials"), messages.text("admin.tab.rules"), messages.text("admin.tab.handling"),
            messages.text("admin.tab.contacts"), messages.text("admin.tab.history")};
        tabs.setName(TABS);
        tabs.addTab(tabTitles[TAB_BASIC], scroll(new BasicInfoTab(messages, binder, presenter)));
        tabs.addTab(tabTitles[TAB_LIMITS], scroll(new LimitsFeeTab(messages, binder, labels,
                new StepLimitsPanel(messages, presenter.stepLimits(), actions.stepLimits()))));
        tabs.addTab(tabTitles[TAB_MATERIALS], materials);
        tabs.addTab(tabTitles[TAB_RULES], scroll(new IntakeRulesTab(messages, binder, presenter)));
        tabs.addTab(tabTitles[TAB_HANDLING], scroll(new HandlingTab(messages, presenter, binder)));
        tabs.addTab(tabTitles[TAB_CONTACTS], scroll(new ContactsTab(messages, binder)));
        tabs.addTab(tabTitles[TAB_HISTORY], new HistoryTab(messages, presenter));
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_TYPE, FlatClientProperties.TABBED_PANE_TAB_TYPE_CARD);

        JPanel editor = new JPanel(new BorderLayout());
        editor.add(header(), BorderLayout.PAGE_START);
        editor.add(tabs, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout());
        south.add(new IssueListPane(messages, presenter, this::reveal, notice), BorderLayout.CENTER);
        south.add(saveBar(actions), BorderLayout.PAGE_END);
        editor.add(south, BorderLayout.PAGE_END);

        JLabel empty = Forms.styled(new JLabel(messages.text("admin.editor.empty"), SwingConstants.CENTER), "h3");
        empty.setForeground(Forms.color("Yichuang.muted.foreground"));
        add(empty, "empty");
        add(editor, "editor");

        presenter.addPropertyChangeListener(e -> {
            switch (ItemEditorPresenter.Property.valueOf(e.getPropertyName())) {
                case OPEN -> cards.show(this, presenter.isOpen() ? "editor" : "empty");
                case LOADED, DIRTY, HISTORY -> showHeader();
                case DRAFT -> showTitle();
                case ISSUES -> markTabs();
                case NOTICE -> notice.setText(presenter.notice() == null ? " " : presenter.notice());
                case EFFECTIVE_FROM -> Forms.setTextIfDifferent(effectiveFrom, presenter.effectiveFromText());
                case EFFECTIVE_FROM_ERROR -> showEffectiveFromError();
                default -> { }
            }
        });
        binder.sync();
        showHeader();
        cards.show(this, presenter.isOpen() ? "editor" : "empty");
    }

    private JComponent header() {
        title.setName(TITLE_LABEL);
        version.setName(VERSION_LABEL);
        notice.setName(NOTICE_LABEL);
        Forms.styled(title, "h2");
        Forms.styled(version, "small");
        version.setForeground(Forms.color("Yichuang.muted.foreground"));
        notice.setForeground(Forms.color("Component.accentColor"));
        notice.setText(" ");
        // two lines only: on a 1366×768 screen every pixel here is a row less in the materials table
        JPanel header = new JPanel(new BorderLayout(0, 0));
        header.setBorder(BorderFactory.createEmptyBorder(6, 16, 4, 16));
        header.add(title, BorderLayout.PAGE_START);
        header.add(version, BorderLayout.CENTER);
        return header;
    }

    private JComponent saveBar(EditorActions actions) {
        effectiveFrom.setName(EFFECTIVE_FROM_FIELD);
        effectiveFromError.setName(EFFECTIVE_FROM_ERROR);
        effectiveFrom.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                messages.text("admin.effectiveFrom.placeholder"));
        effectiveFrom.setToolTipText(messages.text("admin.effectiveFrom.tooltip"));
        Forms.onTextChange(effectiveFrom, presenter::setEffectiveFrom);
        Forms.styled(effectiveFromError, "small");
        effectiveFromError.setForeground(Forms.color("Yichuang.error.foreground"));

        JPanel when = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        when.add(Forms.label(messages.text("admin.effectiveFrom"), effectiveFrom));
        when.add(effectiveFrom);
        when.add(effectiveFromError);

        JButton save = new JButton(actions.save());
        save.setName(SAVE_BUTTON);
        save.putClientProperty(FlatClientProperties.STYLE, "font: +1 bold; margin: 5,18,5,18");
        JButton reload = new JButton(actions.reload());
        reload.setName(RELOAD_BUTTON);
        JButton withdraw = new JButton(actions.withdraw());
        withdraw.setName(WITHDRAW_BUTTON);
        JButton copy = new JButton(actions.copy());
        copy.setName(COPY_BUTTON);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(copy);
        buttons.add(withdraw);
        buttons.add(reload);
        buttons.add(Box.createHorizontalStrut(8));
        buttons.add(save);

        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(8, 12, 10, 16)));
        bar.add(when, BorderLayout.LINE_START);
        bar.add(buttons, BorderLayout.LINE_END);
        return bar;
    }

    private void showEffectiveFromError() {
        String error = presenter.effectiveFromError();
        effectiveFromError.setText(error == null ? " " : error);
        effectiveFrom.putClientProperty(FlatClientProperties.OUTLINE, error == null ? null : "error");
    }

    private void showTitle() {
        String name = ItemDraft.orNull(presenter.draft().name);
        String shown = name == null ? messages.text("admin.item.unnamed") : name;
        title.setText(presenter.isDirty() ? shown + " *" : shown);
    }

    private void showHeader() {
        showTitle();
        VersionedItem v = presenter.loaded();
        if (v == null) {
            version.setText(messages.text("admin.editor.newVersion"));
            return;
        }
        FieldLabels labels = presenter.labels();
        version.setText(messages.text("admin.editor.versionLine", v.item().implementationCode(), v.version(),
                messages.text("admin.versionState." + presenter.stateOf(v).name()), labels.time(v.effectiveFrom()),
                v.recordedBy(), labels.time(v.recordedAt())));
    }

    private void markTabs() {
        int[] counts = new int[tabTitles.length];
        presenter.issues().forEach(i -> counts[tabOf(i.field())]++);
        for (int t = 0; t < tabTitles.length; t++) {
            tabs.setTitleAt(t, counts[t] == 0 ? tabTitles[t] : messages.text("admin.tab.withIssues", tabTitles[t],
                    counts[t]));
            tabs.setForegroundAt(t, counts[t] == 0 ? null : Forms.color("Yichuang.error.foreground"));
        }
    }

    /** Returns the tab that shows a field path. */
    static int tabOf(String field) {
        String root = field == null ? "" : field.replaceAll("[.\\[].*", "");
        if (root.equals("materials")) {
            return TAB_MATERIALS;
        }
        if (root.equals("contacts")) {
            return TAB_CONTACTS;
        }
        if (RULE_FIELDS.contains(root)) {
            return TAB_RULES;
        }
        if (LIMIT_FIELDS.contains(root)) {
            return TAB_LIMITS;
        }
        return HANDLING_FIELDS.contains(root) ? TAB_HANDLING : TAB_BASIC;
    }

    /** Shows the tab of {@code issue}, then scrolls to its field and gives it the keyboard. */
    void reveal(FieldIssue issue) {
        tabs.setSelectedIndex(tabOf(issue.field()));
        if (issue.materialRow() >= 0) {
            presenter.setSelectedMaterial(issue.materialRow());
        }
        JComponent field = binder.locate(issue);
        if (field == null) {
            return;
        }
        JComponent target = field instanceof JSpinner s && s.getEditor() instanceof JSpinner.DefaultEditor e
                ? e.getTextField() : field;
        // after the tab switch is laid out, or the field's bounds are those of a hidden tab
        SwingUtilities.invokeLater(() -> {
            field.scrollRectToVisible(new Rectangle(0, 0, field.getWidth(), field.getHeight()));
            if (field instanceof JTable table && table.getSelectedRow() >= 0) {
                table.scrollRectToVisible(table.getCellRect(table.getSelectedRow(),
                        Math.max(0, table.getSelectedColumn()), true));
            }
            target.requestFocusInWindow();
        });
    }

    /** Shows the materials tab and starts typing the new material's name. */
    public void editNewMaterial() {
        tabs.setSelectedIndex(TAB_MATERIALS);
        materials.editSelectedName();
    }

    private static JScrollPane scroll(JComponent form) {
        JScrollPane s = new JScrollPane(form);
        s.setBorder(null);
        s.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        return s;
    }
}
