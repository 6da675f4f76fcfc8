package org.yichuang.client.queue.settings;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.error.Problem;
import org.yichuang.core.queue.ElderlyPriority;
import org.yichuang.core.queue.MissedCallPolicy;
import org.yichuang.core.queue.PriorityOrdering;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.queue.QueueSettingsRules;

/**
 * The 叫号设置 page: categories on top, counters ↔ categories on the left, priority, 过号, hold and the day boundary on
 * the right, and under them every problem of a refused save; a click on a problem (and a refused save by itself)
 * focuses the field at fault. Shows {@link QueueSettingsPresenter}'s state and hands every edit to it.
 */
public final class QueueSettingsPane extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "queue.settings";
    public static final String CATEGORIES = "queue.settings.categories";
    public static final String ASSIGNMENTS = "queue.settings.assignments";
    public static final String ORDERING = "queue.settings.ordering";
    public static final String ELDERLY = "queue.settings.elderly";
    public static final String MISSED_CALLS = "queue.settings.missed.calls";
    public static final String MISSED_WAIT = "queue.settings.missed.wait";
    public static final String REQUEUE = "queue.settings.missed.requeue";
    public static final String HOLD = "queue.settings.hold";
    public static final String DAY_RESET = "queue.settings.dayReset";
    public static final String PROBLEMS = "queue.settings.problems";
    public static final String VERSION = "queue.settings.version";
    public static final String NOTICE = "queue.settings.notice";
    public static final String SAVE = "queue.settings.save";
    public static final String RELOAD = "queue.settings.reload";
    public static final String ADD_CATEGORY = "queue.settings.addCategory";
    public static final String REMOVE_CATEGORY = "queue.settings.removeCategory";
    public static final String ADD_ASSIGNMENT = "queue.settings.addAssignment";
    public static final String REMOVE_ASSIGNMENT = "queue.settings.removeAssignment";
    public static final String CAPACITIES = "queue.settings.capacities";
    public static final String CAPACITIES_EMPTY = "queue.settings.capacities.empty";
    public static final String PICK_ITEMS = "queue.settings.pickItems";
    /** The item picker's names, for tests. */
    public static final String ITEM_PICKER = ItemPickerDialog.NAME;
    public static final String ITEM_PICKER_FILTER = ItemPickerDialog.FILTER;
    public static final String ITEM_PICKER_TABLE = ItemPickerDialog.TABLE;
    public static final String ITEM_PICKER_OK = ItemPickerDialog.OK;

    /** Returns the component name of a priority reason's check box. */
    public static String priorityName(PriorityReason reason) {
        return "queue.settings.priority." + reason.name();
    }

    private static final Pattern INDEXED = Pattern.compile("(categories|assignments)\\[(\\d+)]\\.?([\\w.]*)");

    private final Messages messages;
    private final QueueSettingsPresenter presenter;
    private final CategoryTableModel categoryModel;
    private final AssignmentTableModel assignmentModel;
    private final JTable categories;
    private final JTable assignments;
    private final Map<PriorityReason, JCheckBox> reasons = new EnumMap<>(PriorityReason.class);
    private final JComboBox<PriorityOrdering> ordering = new JComboBox<>(PriorityOrdering.values());
    private final JSpinner elderly = new JSpinner(new SpinnerNumberModel(60, ElderlyPriority.MIN_THRESHOLD,
            ElderlyPriority.MAX_THRESHOLD, 5));
    private final JSpinner missedCalls = new JSpinner(new SpinnerNumberModel(3, 1, MissedCallPolicy.MAX_CALLS, 1));
    private final JSpinner missedWait = new JSpinner(new SpinnerNumberModel(2, 0,
            (int) MissedCallPolicy.MAX_WAIT.toMinutes(), 1));
    private final JCheckBox requeue = new JCheckBox();
    private final JSpinner hold = new JSpinner(new SpinnerNumberModel(10, 1,
            (int) QueueSettingsRules.MAX_HOLD.toMinutes(), 1));
    private final JTextField dayReset = new JTextField(5);
    private final JList<Problem> problems = new JList<>();
    private final JScrollPane problemScroll;
    private final JLabel version = new JLabel(" ");
    private final JLabel notice = new JLabel(" ");
    private final JComboBox<String> categoryEditor = new JComboBox<>();
    private final CapacityTableModel capacityModel;
    private final JTable capacities;
    private final JLabel capacitiesEmpty = new JLabel();
    private final ItemCatalog catalog;
    private Map<String, String> itemNames = Map.of();
    private boolean catalogLoaded;
    private boolean showing;

    /** Builds the page; the actions are the page's commands. */
    public QueueSettingsPane(Messages messages, QueueSettingsPresenter presenter, SaveQueueSettingsAction save,
            ReloadQueueSettingsAction reload, AddQueueCategoryAction addCategory,
            java.util.function.Function<java.util.function.IntSupplier, RemoveQueueCategoryAction> removeCategory,
            AddCounterAssignmentAction addAssignment,
            java.util.function.Function<java.util.function.IntSupplier, RemoveCounterAssignmentAction> removeAssignment,
            ItemCatalog catalog) {
        super(new BorderLayout());
        this.messages = messages;
        this.presenter = presenter;
        this.catalog = catalog;
        capacityModel = new CapacityTableModel(messages, presenter);
        capacities = Widgets.named(new JTable(capacityModel), CAPACITIES);
        capacities.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        capacities.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        capacities.setRowHeight(Math.max(capacities.getRowHeight(), 26));
        capacities.setFillsViewportHeight(true);
        capacities.getColumnModel().getColumn(CapacityTableModel.CATEGORY).setPreferredWidth(170);
        capacities.getColumnModel().getColumn(CapacityTableModel.CAPACITY).setPreferredWidth(120);
        capacities.getColumnModel().getColumn(CapacityTableModel.CAPACITY).setCellRenderer(
                new javax.swing.table.DefaultTableCellRenderer() {
                    @Override
                    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected,
                            boolean focus, int row, int column) {
                        super.getTableCellRendererComponent(table, value, selected, focus, row, column);
                        setHorizontalAlignment(javax.swing.SwingConstants.CENTER);
                        setText(value + " " + messages.text("queue.settings.booking.places")
                                + (capacityModel.isDefault(row) ? messages.text("queue.settings.booking.default")
                                : ""));
                        return this;
                    }
                });
        setName(NAME);
        categoryModel = new CategoryTableModel(messages, presenter);
        assignmentModel = new AssignmentTableModel(messages, presenter);
        categories = Widgets.named(new JTable(categoryModel), CATEGORIES);
        assignments = Widgets.named(new JTable(assignmentModel), ASSIGNMENTS);
        for (JTable t : List.of(categories, assignments)) {
            t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            t.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
            t.setRowHeight(Math.max(t.getRowHeight(), 26));
            t.setFillsViewportHeight(true);
        }
        // the short columns keep the width of their heading; the spare width goes to the items' names (and a little
        // to code, name and windows, up to what their text needs), so at 1366 px no heading is cut
        widths(categories, 90, 120, 44, 300, 180, 64, 66, 66, 44);
        for (int column : new int[] {CategoryTableModel.PREFIX, CategoryTableModel.BOOKING, CategoryTableModel.CAP,
                CategoryTableModel.WARN, CategoryTableModel.ACTIVE}) {
            int w = headingWidth(categories, column);
            categories.getColumnModel().getColumn(column).setMinWidth(w);
            categories.getColumnModel().getColumn(column).setPreferredWidth(w);
            categories.getColumnModel().getColumn(column).setMaxWidth(w);
        }
        for (int column : new int[] {CategoryTableModel.CODE, CategoryTableModel.NAME, CategoryTableModel.ITEMS,
                CategoryTableModel.WINDOWS}) {
            categories.getColumnModel().getColumn(column).setMinWidth(headingWidth(categories, column));
        }
        // two issuing windows and a code such as GENERAL whole, whatever the heading needs
        java.awt.FontMetrics cells = categories.getFontMetrics(categories.getFont());
        categories.getColumnModel().getColumn(CategoryTableModel.WINDOWS).setMinWidth(Math.max(
                headingWidth(categories, CategoryTableModel.WINDOWS),
                cells.stringWidth(WindowsText.format(List.of(new org.yichuang.core.queue.IssuingWindow(
                        LocalTime.of(8, 30), LocalTime.of(12, 0)), new org.yichuang.core.queue.IssuingWindow(
                        LocalTime.of(13, 0), LocalTime.of(17, 30))))) + 12));
        categories.getColumnModel().getColumn(CategoryTableModel.CODE).setMinWidth(Math.max(
                headingWidth(categories, CategoryTableModel.CODE), cells.stringWidth("GENERAL") + 12));
        categories.getColumnModel().getColumn(CategoryTableModel.NAME).setMinWidth(Math.max(
                headingWidth(categories, CategoryTableModel.NAME), cells.stringWidth("不动产登记") + 12));
        categories.getColumnModel().getColumn(CategoryTableModel.CODE).setMaxWidth(160);
        categories.getColumnModel().getColumn(CategoryTableModel.NAME).setMaxWidth(220);
        categories.getColumnModel().getColumn(CategoryTableModel.WINDOWS).setMaxWidth(260);
        categories.getColumnModel().getColumn(CategoryTableModel.ITEMS).setCellRenderer(new ServedItemsRenderer());
        // the items' names come from the catalog the 事项 tab holds, which may load after the settings
        catalog.onChange(this::readItemNames);
        readItemNames();
        widths(assignments, 64, 150, 54, 70);
        // numbers centred: right-aligned beside the left-aligned category they read as one cell ("1 A · 综合受理")
        javax.swing.table.DefaultTableCellRenderer centred = new javax.swing.table.DefaultTableCellRenderer();
        centred.setHorizontalAlignment(javax.swing.SwingConstants.CENTER);
        assignments.getColumnModel().getColumn(AssignmentTableModel.COUNTER).setCellRenderer(centred);
        assignments.getColumnModel().getColumn(AssignmentTableModel.WEIGHT).setCellRenderer(centred);
        assignments.getColumnModel().getColumn(AssignmentTableModel.CATEGORY)
                .setCellEditor(new DefaultCellEditor(categoryEditor));
        assignments.getColumnModel().getColumn(AssignmentTableModel.CATEGORY).setCellRenderer(
                new javax.swing.table.DefaultTableCellRenderer() {
                    @Override
                    protected void setValue(Object value) {
                        setText(categoryLabel((String) value));
                    }
                });
        categoryEditor.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, categoryLabel((String) value), index, selected, focus);
            }
        });

        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 4));
        top.add(Widgets.named(new JButton(save), SAVE));
        save.setBeforeSave(this::commitEdits);
        top.add(Widgets.named(new JButton(reload), RELOAD));
        top.add(Widgets.named(version, VERSION));
        Forms.styled(version, "small");
        top.add(Widgets.named(notice, NOTICE));
        add(top, BorderLayout.PAGE_START);

        JPanel categoryBox = titled("queue.settings.section.categories", new JScrollPane(categories),
                Widgets.named(new JButton(addCategory), ADD_CATEGORY),
                Widgets.named(new JButton(removeCategory.apply(categories::getSelectedRow)), REMOVE_CATEGORY),
                Widgets.named(new JButton(new PickQueueItemsAction(messages, presenter, categories::getSelectedRow,
                        this::pickItems)), PICK_ITEMS));
        JPanel assignmentBox = titled("queue.settings.section.assignments", new JScrollPane(assignments),
                Widgets.named(new JButton(addAssignment), ADD_ASSIGNMENT),
                Widgets.named(new JButton(removeAssignment.apply(assignments::getSelectedRow)), REMOVE_ASSIGNMENT));
        JPanel rules = rulesPanel();
        // the booking places beside the counters: the assignment table has room to spare in its width, while the
        // rules column needs its whole height at 1366×768 once the problem list is open
        JPanel lower = new JPanel(new BorderLayout(8, 0));
        lower.add(assignmentBox, BorderLayout.CENTER);
        lower.add(bookingPanel(), BorderLayout.LINE_END);

        // categories over counters on the left, the rules beside both: at 1366×768 with the problem list open every
        // part keeps rows on show (a third row under the tables left the categories a sliver)
        JPanel center = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(4, 8, 4, 4);
        c.gridx = 0;
        c.gridy = 0;
        c.weightx = 1;
        c.weighty = 0.55;
        center.add(categoryBox, c);
        c.gridy = 1;
        c.weighty = 0.45;
        center.add(lower, c);
        c.gridx = 1;
        c.gridy = 0;
        c.gridheight = 2;
        c.weightx = 0;
        c.weighty = 1;
        c.insets = new Insets(4, 4, 4, 8);
        center.add(rules, c);
        add(center, BorderLayout.CENTER);

        problems.setName(PROBLEMS);
        problems.setVisibleRowCount(4);
        problems.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                JLabel l = (JLabel) super.getListCellRendererComponent(list, "· " + ((Problem) value).message(),
                        index, selected, focus);
                l.setIcon(Forms.errorIcon());
                return l;
            }
        });
        problems.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && problems.getSelectedValue() != null && !showing) {
                presenter.focus(problems.getSelectedValue());
            }
        });
        problemScroll = new JScrollPane(problems);
        problemScroll.setBorder(BorderFactory.createTitledBorder(messages.text("queue.settings.section.problems")));
        problemScroll.setVisible(false);
        add(problemScroll, BorderLayout.PAGE_END);

        wireRules();
        presenter.addPropertyChangeListener(QueueSettingsPresenter.Property.STATE, e -> show(presenter.state()));
        show(presenter.state());
    }

    private JPanel rulesPanel() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createTitledBorder(messages.text("queue.settings.section.rules")));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 6, 2, 6);
        c.anchor = GridBagConstraints.LINE_START;
        int row = 0;
        JPanel reasonBox = new JPanel(new java.awt.GridLayout(0, 3, 4, 0));
        for (PriorityReason r : PriorityReason.values()) {
            JCheckBox box = Widgets.named(new JCheckBox(r.label()), priorityName(r));
            reasons.put(r, box);
            reasonBox.add(box);
        }
        row = line(p, c, row, "queue.settings.priority", reasonBox);
        ordering.setName(ORDERING);
        ordering.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : ((PriorityOrdering) value).label(),
                        index, selected, focus);
            }
        });
        row = line(p, c, row, "queue.settings.ordering", ordering);
        row = line(p, c, row, "queue.settings.elderly", withUnit(Widgets.named(elderly, ELDERLY),
                "queue.settings.elderly.unit"));
        row = line(p, c, row, "queue.settings.missed.calls", withUnit(Widgets.named(missedCalls, MISSED_CALLS),
                "queue.settings.missed.calls.unit"));
        row = line(p, c, row, "queue.settings.missed.wait", withUnit(Widgets.named(missedWait, MISSED_WAIT),
                "queue.settings.minutes"));
        requeue.setText(messages.text("queue.settings.missed.requeue"));
        row = line(p, c, row, "queue.settings.missed", Widgets.named(requeue, REQUEUE));
        row = line(p, c, row, "queue.settings.hold", withUnit(Widgets.named(hold, HOLD), "queue.settings.minutes"));
        dayReset.setName(DAY_RESET);
        row = line(p, c, row, "queue.settings.dayReset", withUnit(dayReset, "queue.settings.dayReset.hint"));
        c.gridy = row;
        c.weighty = 1;
        p.add(new JLabel(), c);
        return p;
    }

    private JPanel bookingPanel() {
        JPanel p = new JPanel(new BorderLayout(0, 4));
        p.setBorder(BorderFactory.createTitledBorder(messages.text("queue.settings.section.booking")));
        capacitiesEmpty.setName(CAPACITIES_EMPTY);
        capacitiesEmpty.setText("<html>" + messages.text("queue.settings.booking.none") + "</html>");
        Forms.styled(capacitiesEmpty, "small");
        JScrollPane scroll = new JScrollPane(capacities);
        scroll.setPreferredSize(new Dimension(300, 90));
        scroll.setMinimumSize(new Dimension(200, 60));
        p.add(scroll, BorderLayout.CENTER);
        p.add(capacitiesEmpty, BorderLayout.PAGE_END);
        return p;
    }

    /** Opens the item picker for the category of {@code row}; the ticked items replace its served items. */
    private void pickItems(int row) {
        commitEdits();
        QueueSettings s = presenter.state().draft();
        if (s == null || row < 0 || row >= s.categories().size()) {
            return;
        }
        QueueCategory c = s.categories().get(row);
        new ItemPickerDialog(SwingUtilities.getWindowAncestor(this), messages, catalog, c.name(), c.itemCodes(),
                codes -> presenter.setItems(row, codes)).setVisible(true);
    }

    /** Takes the catalog's item names again (loaded, reloaded): the categories table names served items by them. */
    private void readItemNames() {
        Map<String, String> names = new java.util.HashMap<>();
        catalog.search("").forEach(i -> names.putIfAbsent(i.implementationCode(), i.name()));
        itemNames = Map.copyOf(names);
        catalogLoaded = catalog.loaded();
        categories.repaint();
    }

    /** The served items of the category shown in table row {@code row}. */
    ServedItems servedItems(int row) {
        return ServedItems.of(categoryModel.row(categories.convertRowIndexToModel(row)).itemCodes(), itemNames,
                catalogLoaded);
    }

    /** Names a category's items as they fit the column; the codes in the tooltip; a code not in the catalog marked. */
    private final class ServedItemsRenderer extends javax.swing.table.DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                int row, int column) {
            super.getTableCellRendererComponent(table, "", selected, focus, row, column);
            ServedItems served = servedItems(row);
            setIcon(served.anyUnknown() ? Forms.errorIcon() : null);
            Insets insets = getInsets();
            int width = table.getColumnModel().getColumn(column).getWidth() - insets.left - insets.right
                    - (getIcon() == null ? 0 : getIcon().getIconWidth() + getIconTextGap());
            java.awt.FontMetrics metrics = getFontMetrics(getFont());
            setText(served.fitted(messages, width, metrics::stringWidth));
            setToolTipText(served.tooltip(messages));
            return this;
        }
    }

    private int line(JPanel p, GridBagConstraints c, int row, String labelKey, JComponent field) {
        c.gridy = row;
        c.gridx = 0;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        p.add(new JLabel(messages.text(labelKey)), c);
        c.gridx = 1;
        c.weightx = 1;
        p.add(field, c);
        return row + 1;
    }

    private JComponent withUnit(JComponent field, String unitKey) {
        JPanel box = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        box.add(field);
        JLabel unit = new JLabel(messages.text(unitKey));
        Forms.styled(unit, "small");
        box.add(unit);
        return box;
    }

    private JPanel titled(String key, JScrollPane table, JButton... buttons) {
        JPanel box = new JPanel(new BorderLayout(0, 4));
        box.setBorder(BorderFactory.createTitledBorder(messages.text(key)));
        box.add(table, BorderLayout.CENTER);
        // small preferred heights: GridBag gives the spare room by weight instead of falling back to minimum sizes
        table.setPreferredSize(new Dimension(400, 90));
        table.setMinimumSize(new Dimension(200, 80));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        for (JButton b : buttons) {
            bar.add(b);
        }
        box.add(bar, BorderLayout.PAGE_END);
        return box;
    }

    /** The width a column's heading needs whole, with a little air. */
    private static int headingWidth(JTable table, int column) {
        var c = table.getColumnModel().getColumn(column);
        return table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table, c.getHeaderValue(),
                false, false, -1, column).getPreferredSize().width + 8;
    }

    private static void widths(JTable table, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    private void wireRules() {
        reasons.forEach((r, box) -> box.addActionListener(e -> {
            if (!showing) {
                presenter.setPriority(r, box.isSelected());
            }
        }));
        ordering.addActionListener(e -> {
            if (!showing && ordering.getSelectedItem() != null) {
                presenter.setOrdering((PriorityOrdering) ordering.getSelectedItem());
            }
        });
        elderly.addChangeListener(e -> {
            if (!showing) {
                presenter.setElderlyAge((Integer) elderly.getValue());
            }
        });
        Runnable missed = () -> {
            if (!showing) {
                presenter.setMissed(new MissedCallPolicy((Integer) missedCalls.getValue(),
                        Duration.ofMinutes((Integer) missedWait.getValue()), requeue.isSelected()));
            }
        };
        missedCalls.addChangeListener(e -> missed.run());
        missedWait.addChangeListener(e -> missed.run());
        requeue.addActionListener(e -> missed.run());
        hold.addChangeListener(e -> {
            if (!showing) {
                presenter.setHoldTime(Duration.ofMinutes((Integer) hold.getValue()));
            }
        });
        Runnable reset = () -> {
            if (showing || presenter.state().draft() == null) {
                return;
            }
            String text = dayReset.getText();
            WindowsText.time(text).ifPresentOrElse(t -> {
                if (!t.equals(presenter.state().draft().dayReset())) {
                    presenter.setDayReset(t);
                }
            }, () -> presenter.refuseInput("queue.settings.time.unreadable", text));
        };
        dayReset.addActionListener(e -> reset.run());
        dayReset.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                reset.run();
            }
        });
    }

    private String categoryLabel(String code) {
        QueueSettings s = presenter.state().draft();
        if (code == null) {
            return "";
        }
        return s == null ? code : s.category(code).map(c -> c.prefix() + " · " + c.name()).orElse(code);
    }

    private void show(QueueSettingsState state) {
        showing = true;
        try {
            QueueSettings s = state.draft();
            version.setText(state.version() == null ? " " : state.version() == 0
                    ? messages.text("queue.settings.version.defaults")
                    : messages.text("queue.settings.version", state.version()) + (state.dirty()
                    ? messages.text("queue.settings.unsaved") : ""));
            notice.setText(state.notice() == null ? " " : state.notice());
            if (s != null) {
                // an edit in progress is cancelled only when its rows change under it (a reload, a removed row),
                // not by every other change on the page (the time field committing as the focus leaves it)
                if (!s.categories().equals(categoryModel.rows())) {
                    stopEditing(categories);
                    categoryModel.setRows(s.categories());
                }
                if (!s.assignments().equals(assignmentModel.rows())) {
                    stopEditing(assignments);
                    assignmentModel.setRows(s.assignments());
                }
                List<String> codes = s.categories().stream().map(QueueCategory::code).toList();
                if (!codes.equals(currentCodes())) {
                    categoryEditor.removeAllItems();
                    codes.forEach(categoryEditor::addItem);
                }
                reasons.forEach((r, box) -> box.setSelected(s.priority().contains(r)));
                ordering.setSelectedItem(s.ordering());
                setIfDifferent(elderly, s.elderly() == null ? 60 : s.elderly().threshold());
                if (s.missed() != null) {
                    setIfDifferent(missedCalls, s.missed().minCalls());
                    setIfDifferent(missedWait, (int) s.missed().minWait().toMinutes());
                    requeue.setSelected(s.missed().requeue());
                }
                if (s.holdTime() != null) {
                    setIfDifferent(hold, (int) s.holdTime().toMinutes());
                }
                // what the administrator is typing stays until it is taken (Enter, focus lost, 保存): a change
                // elsewhere (a toolbar button that takes no focus) must not put the old time back under the caret
                if (!dayReset.isFocusOwner()) {
                    Forms.setTextIfDifferent(dayReset, s.dayReset() == null ? "" : s.dayReset().toString());
                }
            }
            if (capacities.isEditing() && !state.bookingCategories().equals(capacityModel.rowsShown())) {
                capacities.getCellEditor().cancelCellEditing();
            }
            capacityModel.show(state);
            capacitiesEmpty.setVisible(state.loadedOnce() && state.bookingCategories().isEmpty());
            if (!state.problems().equals(currentProblems())) {
                problems.setListData(state.problems().toArray(new Problem[0]));
                problemScroll.setVisible(!state.problems().isEmpty());
                revalidate();
            }
            Forms.outlineError(dayReset, !state.problemsAt("dayReset").isEmpty());
            Forms.outlineError(elderly, !state.problemsAt("elderly").isEmpty());
            Forms.outlineError(hold, !state.problemsAt("holdTime").isEmpty());
            Forms.outlineError(ordering, !state.problemsAt("ordering").isEmpty());
        } finally {
            showing = false;
        }
        if (state.focus() != null) {
            String field = state.focus();
            // after the tables have taken the new rows
            SwingUtilities.invokeLater(() -> {
                focusField(field);
                presenter.focused();
            });
        }
    }

    private List<String> currentCodes() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < categoryEditor.getItemCount(); i++) {
            out.add(categoryEditor.getItemAt(i));
        }
        return out;
    }

    private List<Problem> currentProblems() {
        java.util.List<Problem> out = new java.util.ArrayList<>();
        for (int i = 0; i < problems.getModel().getSize(); i++) {
            out.add(problems.getModel().getElementAt(i));
        }
        return out;
    }

    private static void setIfDifferent(JSpinner spinner, int value) {
        if (!Objects.equals(spinner.getValue(), value)) {
            spinner.setValue(value);
        }
    }

    private static void stopEditing(JTable table) {
        if (table.isEditing() && table.getCellEditor() != null) {
            table.getCellEditor().cancelCellEditing();
        }
    }

    /** Moves the focus to the field a problem names: a table cell, a spinner, the time field. */
    void focusField(String field) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            boolean category = m.group(1).equals("categories");
            JTable table = category ? categories : assignments;
            int row = Integer.parseInt(m.group(2));
            List<String> fields = category ? CategoryTableModel.FIELDS : AssignmentTableModel.FIELDS;
            String rest = m.group(3);
            int column = rest.isEmpty() ? 0 : Math.max(0, fields.indexOf(rest.startsWith("windows") ? "windows"
                    : rest.equals("cap") ? "cap.limit" : rest));
            if (row < table.getRowCount()) {
                table.changeSelection(row, column, false, false);
                table.scrollRectToVisible(table.getCellRect(row, column, true));
            }
            table.requestFocusInWindow();
            return;
        }
        JComponent target = switch (field.contains(".") ? field.substring(0, field.indexOf('.')) : field) {
            case "categories" -> categories;
            case "assignments" -> assignments;
            case "ordering" -> ordering;
            case "elderly" -> spinnerField(elderly);
            case "missed" -> field.endsWith("minWait") ? spinnerField(missedWait) : spinnerField(missedCalls);
            case "holdTime" -> spinnerField(hold);
            case "dayReset" -> dayReset;
            default -> null;
        };
        if (target != null) {
            target.requestFocusInWindow();
        }
    }

    private static JComponent spinnerField(JSpinner spinner) {
        return ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
    }

    /** Commits what is typed but not yet taken: a table cell in edit and the time field. */
    void commitEdits() {
        for (JTable t : List.of(categories, assignments, capacities)) {
            if (t.isEditing() && t.getCellEditor() != null) {
                t.getCellEditor().stopCellEditing();
            }
        }
        LocalTime typed = typedDayReset();
        if (typed != null && presenter.state().draft() != null && !typed.equals(presenter.state().draft().dayReset())) {
            presenter.setDayReset(typed);
        }
    }

    /** Commits a cell in edit, then saves (Ctrl+S on the page). */
    public void save() {
        commitEdits();
        presenter.save();
    }

    /** Returns the time field's text parsed, for the day-reset time typed but not yet left. */
    LocalTime typedDayReset() {
        return WindowsText.time(dayReset.getText()).orElse(null);
    }
}
