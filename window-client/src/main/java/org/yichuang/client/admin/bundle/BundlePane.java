package org.yichuang.client.admin.bundle;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import org.yichuang.client.admin.item.ItemListPresenter;
import org.yichuang.client.admin.widgets.EnumRenderer;
import org.yichuang.client.admin.widgets.FittedTable;
import org.yichuang.client.admin.widgets.FormGrid;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CatalogListing;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceBundle;

/** Bundle administration (一件事管理): the bundles, the open one's fields and member items, and its merged materials. */
public final class BundlePane extends JPanel {
    public static final String BUNDLE_TABLE = "admin.bundles.table";
    public static final String NEW_BUTTON = "admin.bundles.new";
    public static final String CODE_FIELD = "admin.bundle.code";
    public static final String NAME_FIELD = "admin.bundle.name";
    public static final String DESCRIPTION_FIELD = "admin.bundle.description";
    public static final String CANDIDATE_FILTER = "admin.bundle.candidates.filter";
    public static final String CANDIDATE_LIST = "admin.bundle.candidates";
    public static final String ADD_BUTTON = "admin.bundle.add";
    public static final String MEMBER_TABLE = "admin.bundle.members";
    public static final String REMOVE_BUTTON = "admin.bundle.remove";
    public static final String UP_BUTTON = "admin.bundle.up";
    public static final String DOWN_BUTTON = "admin.bundle.down";
    public static final String ISSUES_LABEL = "admin.bundle.issues";
    public static final String PREVIEW_TABLE = "admin.bundle.preview";
    public static final String SAVE_BUTTON = "admin.bundle.save";
    public static final String DELETE_BUTTON = "admin.bundle.delete";
    public static final String RUN_MODE_BOX = "admin.bundle.runMode";
    public static final String LIMIT_FIELD = "admin.bundle.limit";
    public static final String LIMIT_UNIT_BOX = "admin.bundle.limitUnit";

    private final Messages messages;
    private final BundlePresenter bundles;
    private final ItemListPresenter items;
    private final BundleListModel bundleModel;
    private final JTable bundleTable;
    private final MemberModel memberModel;
    private final JTable memberTable;
    private final PreviewModel previewModel;
    private final JTextField code = Widgets.named(new JTextField(), CODE_FIELD);
    private final JTextField name = Widgets.named(new JTextField(), NAME_FIELD);
    private final JTextArea description = Widgets.named(new JTextArea(), DESCRIPTION_FIELD);
    private final JTextField candidateFilter = Widgets.named(new JTextField(), CANDIDATE_FILTER);
    private final DefaultListModel<CatalogListing> candidates = new DefaultListModel<>();
    private final JList<CatalogListing> candidateList = Widgets.named(new JList<>(candidates), CANDIDATE_LIST);
    private final JLabel issues = Widgets.named(new JLabel(" "), ISSUES_LABEL);
    private final javax.swing.JComboBox<BundleRunMode> runMode =
            Widgets.named(new javax.swing.JComboBox<>(BundleRunMode.values()), RUN_MODE_BOX);
    private final JTextField limit = Widgets.named(new JTextField(4), LIMIT_FIELD);
    private final javax.swing.JComboBox<LimitUnit> limitUnit =
            Widgets.named(new javax.swing.JComboBox<>(LimitUnit.values()), LIMIT_UNIT_BOX);
    private final CardLayout cards = new CardLayout();
    private final JPanel right = new JPanel(cards);
    private boolean syncing;

    public BundlePane(Messages messages, BundlePresenter bundles, ItemListPresenter items, BundleActions actions) {
        super(new BorderLayout());
        this.messages = messages;
        this.bundles = bundles;
        this.items = items;
        this.bundleModel = new BundleListModel(messages, bundles);
        this.bundleTable = Widgets.named(new FittedTable(bundleModel, 120, 100, 50), BUNDLE_TABLE);
        this.memberModel = new MemberModel(messages, bundles, items);
        this.memberTable = Widgets.named(new FittedTable(memberModel, 36, 160, 120), MEMBER_TABLE);
        this.previewModel = new PreviewModel(messages, bundles);

        JLabel empty = Forms.styled(new JLabel(messages.text("admin.bundle.empty"), SwingConstants.CENTER), "h3");
        empty.setForeground(Forms.color("Yichuang.muted.foreground"));
        right.add(empty, "empty");
        right.add(editor(actions), "editor");
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, bundleList(actions), right);
        split.setResizeWeight(0.25);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        bind();
    }

    private JComponent bundleList(BundleActions actions) {
        bundleTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        bundleTable.setRowHeight(Math.max(bundleTable.getRowHeight(), 26));
        bundleTable.setFillsViewportHeight(true);
        JButton create = Widgets.named(new JButton(actions.create()), NEW_BUTTON);
        JPanel top = new JPanel(new BorderLayout(8, 8));
        top.add(Forms.styled(new JLabel(messages.text("admin.bundles.title")), "h3"), BorderLayout.LINE_START);
        top.add(create, BorderLayout.LINE_END);
        JPanel pane = new JPanel(new BorderLayout(0, 8));
        pane.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 8));
        pane.add(top, BorderLayout.PAGE_START);
        pane.add(new JScrollPane(bundleTable), BorderLayout.CENTER);
        return pane;
    }

    private JComponent editor(BundleActions actions) {
        FormGrid form = new FormGrid();
        Forms.styled(code, "monospaced");
        code.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("admin.bundle.code.placeholder"));
        // code and name share a line, and the rule problems sit in the save bar: the member lists keep their rows
        JPanel codeAndName = new JPanel(new java.awt.GridBagLayout());
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        c.weightx = 0.4;
        codeAndName.add(code, c);
        c.weightx = 0;
        c.insets = new java.awt.Insets(0, 16, 0, 12);
        codeAndName.add(Forms.label(messages.text("admin.bundle.field.name"), name), c);
        c.weightx = 0.6;
        c.insets = new java.awt.Insets(0, 0, 0, 0);
        codeAndName.add(name, c);
        form.row(messages.text("admin.bundle.field.code"), codeAndName);
        form.row(messages.text("admin.bundle.field.description"), FormGrid.area(description, 3));
        form.row(messages.text("admin.bundle.field.runMode"), scheduleRow());
        Forms.styled(issues, "small");
        issues.setForeground(Forms.color("Yichuang.error.foreground"));

        JPanel members = new JPanel(new GridLayout(1, 2, 12, 0));
        members.add(candidatesPane(actions));
        members.add(membersPane(actions));
        members.setBorder(BorderFactory.createEmptyBorder(0, 16, 8, 16));

        JTable preview = Widgets.named(new FittedTable(previewModel, 160, 80, 80, 70, 160), PREVIEW_TABLE);
        preview.setRowHeight(Math.max(preview.getRowHeight(), 24));
        preview.setFillsViewportHeight(true);
        preview.setPreferredScrollableViewportSize(new java.awt.Dimension(400, 6 * preview.getRowHeight()));
        JPanel previewPane = new JPanel(new BorderLayout(0, 6));
        previewPane.setBorder(BorderFactory.createEmptyBorder(2, 16, 4, 16));
        JLabel previewTitle = Forms.styled(new JLabel(messages.text("admin.bundle.preview.title")), "h4");
        previewPane.add(previewTitle, BorderLayout.PAGE_START);
        JScrollPane previewScroll = new JScrollPane(preview);
        previewPane.add(previewScroll, BorderLayout.CENTER);

        JButton save = Widgets.named(new JButton(actions.save()), SAVE_BUTTON);
        save.putClientProperty(FlatClientProperties.STYLE, "font: +1 bold; margin: 5,18,5,18");
        JButton delete = Widgets.named(new JButton(actions.delete()), DELETE_BUTTON);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(delete);
        buttons.add(save);
        JPanel bar = new JPanel(new BorderLayout(12, 0));
        bar.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(8, 16, 10, 16)));
        bar.add(issues, BorderLayout.CENTER);
        bar.add(buttons, BorderLayout.LINE_END);

        // the member lists keep their rows; the preview takes what is left (and scrolls)
        JPanel center = new JPanel(new BorderLayout());
        center.add(members, BorderLayout.PAGE_START);
        center.add(previewPane, BorderLayout.CENTER);
        JPanel editor = new JPanel(new BorderLayout());
        editor.add(form, BorderLayout.PAGE_START);
        editor.add(center, BorderLayout.CENTER);
        editor.add(bar, BorderLayout.PAGE_END);
        return editor;
    }

    private JComponent candidatesPane(BundleActions actions) {
        candidateFilter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                messages.text("admin.bundle.candidates.filter"));
        candidateFilter.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
        candidateList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        candidateList.setVisibleRowCount(6);
        candidateList.setCellRenderer(new EnumRenderer<CatalogListing>(i -> i.name() + "  ·  " + i.department()));
        JButton add = Widgets.named(new JButton(actions.add()), ADD_BUTTON);
        // the buttons share the title's line: each line saved is a row more in the lists and the preview
        JPanel heading = new JPanel(new BorderLayout(8, 0));
        heading.add(Forms.styled(new JLabel(messages.text("admin.bundle.candidates.title")), "h4"),
                BorderLayout.LINE_START);
        heading.add(add, BorderLayout.LINE_END);
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(heading, BorderLayout.PAGE_START);
        top.add(candidateFilter, BorderLayout.CENTER);
        JPanel pane = new JPanel(new BorderLayout(0, 4));
        pane.add(top, BorderLayout.PAGE_START);
        pane.add(new JScrollPane(candidateList), BorderLayout.CENTER);
        return pane;
    }

    private JComponent membersPane(BundleActions actions) {
        memberTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        memberTable.setRowHeight(Math.max(memberTable.getRowHeight(), 24));
        memberTable.setFillsViewportHeight(true);
        memberTable.setPreferredScrollableViewportSize(new java.awt.Dimension(300, 6 * memberTable.getRowHeight()));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
        buttons.add(Widgets.named(new JButton(actions.up()), UP_BUTTON));
        buttons.add(Widgets.named(new JButton(actions.down()), DOWN_BUTTON));
        buttons.add(Widgets.named(new JButton(actions.remove()), REMOVE_BUTTON));
        JPanel pane = new JPanel(new BorderLayout(0, 4));
        JLabel title = Forms.styled(new JLabel(messages.text("admin.bundle.members.title")), "h4");
        JPanel heading = new JPanel(new BorderLayout(8, 0));
        heading.add(title, BorderLayout.LINE_START);
        heading.add(buttons, BorderLayout.LINE_END);
        pane.add(heading, BorderLayout.PAGE_START);
        pane.add(new JScrollPane(memberTable), BorderLayout.CENTER);
        return pane;
    }

    /** 办理方式 and 一件事承诺时限 on one line: the rule that gives the bundle its due date. */
    private JComponent scheduleRow() {
        runMode.setRenderer(new EnumRenderer<BundleRunMode>(m -> messages.text("admin.bundle.runMode." + m.name())));
        limitUnit.setRenderer(new EnumRenderer<LimitUnit>(u -> messages.text("admin.unit." + u.name())));
        limit.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("admin.bundle.limit.placeholder"));
        limit.setToolTipText(messages.text("admin.bundle.limit.tip"));
        limit.setColumns(12);
        JPanel row = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 0, 0));
        row.add(runMode);
        row.add(javax.swing.Box.createHorizontalStrut(16));
        row.add(Forms.label(messages.text("admin.bundle.field.limit"), limit));
        row.add(javax.swing.Box.createHorizontalStrut(8));
        row.add(limit);
        row.add(javax.swing.Box.createHorizontalStrut(4));
        row.add(limitUnit);
        return row;
    }

    private void bind() {
        runMode.addActionListener(e -> {
            if (!syncing) {
                bundles.setRunMode((BundleRunMode) runMode.getSelectedItem());
            }
        });
        limitUnit.addActionListener(e -> {
            if (!syncing) {
                bundles.setLimitUnit((LimitUnit) limitUnit.getSelectedItem());
            }
        });
        Forms.onTextChange(limit, v -> {
            if (!syncing) {
                bundles.setLimitText(v);
            }
        });
        Forms.onTextChange(code, v -> {
            if (!syncing) {
                bundles.setCode(v);
            }
        });
        Forms.onTextChange(name, v -> {
            if (!syncing) {
                bundles.setName(v);
            }
        });
        Forms.onTextChange(description, v -> {
            if (!syncing) {
                bundles.setDescription(v);
            }
        });
        Forms.onTextChange(candidateFilter, v -> refreshCandidates());
        candidateList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                CatalogListing picked = candidateList.getSelectedValue();
                bundles.setCandidate(picked == null ? null : picked.implementationCode());
            }
        });
        candidateList.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2) {
                    bundles.addCandidate();
                }
            }
        });
        bundleTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncing && bundleTable.getSelectedRow() >= 0) {
                bundles.select(bundleModel.row(bundleTable.getSelectedRow()).code());
            }
        });
        memberTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncing) {
                bundles.setSelectedMember(memberTable.getSelectedRow());
            }
        });
        bundles.addPropertyChangeListener(e -> {
            switch (BundlePresenter.Property.valueOf(e.getPropertyName())) {
                case BUNDLES -> {
                    syncing = true;
                    try {
                        bundleModel.fireTableDataChanged();
                    } finally {
                        syncing = false;
                    }
                    showBundleSelection();
                }
                case SELECTED_CODE -> showBundleSelection();
                case OPEN -> cards.show(right, bundles.isOpen() ? "editor" : "empty");
                case CODE -> sync(code, bundles.code());
                case NAME -> sync(name, bundles.name());
                case DESCRIPTION -> sync(description, bundles.description());
                case LIMIT_TEXT -> sync(limit, bundles.limitText());
                case RUN_MODE -> select(runMode, bundles.runMode());
                case LIMIT_UNIT -> select(limitUnit, bundles.limitUnit());
                case MEMBERS -> {
                    syncing = true;
                    try {
                        memberModel.fireTableDataChanged();
                    } finally {
                        syncing = false;
                    }
                    showMemberSelection();
                }
                case SELECTED_MEMBER -> showMemberSelection();
                case ISSUES -> issues.setText(bundles.issues().isEmpty() ? " "
                        : bundles.issues().stream().collect(Collectors.joining("；", "● ", "")));
                case PREVIEW -> previewModel.fireTableDataChanged();
                default -> { }
            }
            if (e.getPropertyName().equals(BundlePresenter.Property.OPEN.name())
                    || e.getPropertyName().equals(BundlePresenter.Property.SELECTED_CODE.name())) {
                code.setEditable(bundles.isNew());
            }
        });
        items.addPropertyChangeListener(ItemListPresenter.Property.ITEMS, e -> {
            refreshCandidates();
            memberModel.fireTableDataChanged();
        });
        refreshCandidates();
        cards.show(right, "empty");
    }

    private <E> void select(javax.swing.JComboBox<E> box, E value) {
        if (java.util.Objects.equals(box.getSelectedItem(), value)) {
            return;
        }
        syncing = true;
        try {
            box.setSelectedItem(value);
        } finally {
            syncing = false;
        }
    }

    private void sync(javax.swing.text.JTextComponent field, String value) {
        syncing = true;
        try {
            Forms.setTextIfDifferent(field, value);
        } finally {
            syncing = false;
        }
    }

    /** The candidates are found as the item list finds them: names, codes, departments and their pinyin. */
    private void refreshCandidates() {
        candidates.clear();
        items.search(candidateFilter.getText()).forEach(candidates::addElement);
    }

    private void showBundleSelection() {
        syncing = true;
        try {
            int index = bundleModel.indexOf(bundles.selectedCode());
            if (index < 0) {
                bundleTable.clearSelection();
            } else if (bundleTable.getSelectedRow() != index) {
                bundleTable.setRowSelectionInterval(index, index);
            }
        } finally {
            syncing = false;
        }
    }

    private void showMemberSelection() {
        syncing = true;
        try {
            int index = bundles.selectedMember();
            if (index < 0 || index >= memberTable.getRowCount()) {
                memberTable.clearSelection();
            } else if (memberTable.getSelectedRow() != index) {
                memberTable.setRowSelectionInterval(index, index);
            }
        } finally {
            syncing = false;
        }
    }

    /** Columns 名称, 编码, 事项数. */
    private static final class BundleListModel extends ColumnTableModel {
        private final BundlePresenter bundles;

        BundleListModel(Messages messages, BundlePresenter bundles) {
            this.bundles = bundles;
            columns(messages.text("admin.bundle.field.name"),
                messages.text("admin.bundle.field.code"), messages.text("admin.bundles.column.items"));
        }

        ServiceBundle row(int index) {
            return bundles.bundles().get(index);
        }

        int indexOf(String code) {
            List<ServiceBundle> all = bundles.bundles();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).code().equals(code)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getRowCount() {
            return bundles.bundles().size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            ServiceBundle b = row(row);
            return switch (column) {
                case 0 -> b.name();
                case 1 -> b.code();
                default -> b.itemCodes().size();
            };
        }
    }

    /** Columns 序号, 事项名称, 实施主体. */
    private static final class MemberModel extends ColumnTableModel {
        private final BundlePresenter bundles;
        private final ItemListPresenter items;

        MemberModel(Messages messages, BundlePresenter bundles, ItemListPresenter items) {
            this.bundles = bundles;
            this.items = items;
            columns(messages.text("admin.bundle.members.order"),
                messages.text("admin.items.column.name"), messages.text("admin.items.column.department"));
        }

        @Override
        public int getRowCount() {
            return bundles.members().size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            String code = bundles.members().get(row);
            return switch (column) {
                case 0 -> row + 1;
                case 1 -> bundles.itemName(code);
                default -> items.items().stream().filter(i -> i.implementationCode().equals(code))
                        .map(CatalogListing::department).findFirst().orElse("");
            };
        }
    }

    /** Columns 材料名称, 要求, 份数, 来源, 服务事项. */
    private static final class PreviewModel extends ColumnTableModel {
        private final BundlePresenter bundles;

        PreviewModel(Messages messages, BundlePresenter bundles) {
            this.bundles = bundles;
            columns(messages.text("admin.material.column.name"),
                messages.text("admin.bundle.preview.necessity"), messages.text("admin.bundle.preview.copies"),
                messages.text("admin.material.column.source"), messages.text("admin.bundle.preview.items"));
        }

        @Override
        public int getRowCount() {
            return bundles.preview().size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            MergedMaterial m = bundles.preview().get(row);
            return switch (column) {
                case 0 -> m.material().name();
                case 1 -> CatalogLabels.necessity(m.material());
                case 2 -> CatalogLabels.copies(m.material()).replace('\n', ' ');
                case 3 -> CatalogLabels.source(m.material().source());
                default -> m.itemCodes().stream().map(bundles::itemName).collect(Collectors.joining("、"));
            };
        }
    }
}
