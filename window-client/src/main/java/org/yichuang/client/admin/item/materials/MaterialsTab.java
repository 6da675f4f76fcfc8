package org.yichuang.client.admin.item.materials;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.ListSelectionModel;
import javax.swing.table.TableCellRenderer;
import org.yichuang.client.admin.item.DraftBinder;
import org.yichuang.client.admin.item.FieldIssue;
import org.yichuang.client.admin.item.FieldLabels;
import org.yichuang.client.admin.item.ItemDraft;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.widgets.EnumRenderer;
import org.yichuang.client.admin.widgets.FittedTable;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;

/**
 * Tab 申请材料: the materials in the order applicants hand them in, with add / remove / move, a cell editor per
 * column, and the long texts (情形, 签章, 样表, 备注) of the selected material below the table.
 */
public final class MaterialsTab extends JPanel {
    public static final String TABLE = "admin.materials.table";
    public static final String ADD_BUTTON = "admin.materials.add";
    public static final String REMOVE_BUTTON = "admin.materials.remove";
    public static final String UP_BUTTON = "admin.materials.up";
    public static final String DOWN_BUTTON = "admin.materials.down";
    public static final String CONDITION_FIELD = "admin.material.condition";
    public static final String SEAL_FIELD = "admin.material.seal";
    public static final String SAMPLE_FIELD = "admin.material.sample";
    public static final String NOTES_FIELD = "admin.material.notes";

    private final ItemEditorPresenter presenter;
    private final MaterialTableModel model;
    private final JTable table;
    private final JTextField condition = Widgets.named(new JTextField(), CONDITION_FIELD);
    private final JTextField seal = Widgets.named(new JTextField(), SEAL_FIELD);
    private final JTextField sample = Widgets.named(new JTextField(), SAMPLE_FIELD);
    private final JTextField notes = Widgets.named(new JTextField(), NOTES_FIELD);
    private boolean syncing;

    public MaterialsTab(Messages messages, ItemEditorPresenter presenter, DraftBinder binder, FieldLabels labels,
            MaterialActions actions) {
        super(new BorderLayout(0, 8));
        this.presenter = presenter;
        this.model = new MaterialTableModel(messages, presenter);
        this.table = new FittedTable(model, 200, 70, 70, 40, 50, 70, 40, 50, 50);
        setBorder(BorderFactory.createEmptyBorder(4, 12, 6, 12));

        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(Widgets.named(new javax.swing.JButton(actions.add()), ADD_BUTTON));
        bar.add(Widgets.named(new javax.swing.JButton(actions.remove()), REMOVE_BUTTON));
        bar.addSeparator();
        bar.add(Widgets.named(new javax.swing.JButton(actions.up()), UP_BUTTON));
        bar.add(Widgets.named(new javax.swing.JButton(actions.down()), DOWN_BUTTON));

        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setFillsViewportHeight(true);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setSurrendersFocusOnKeystroke(true);
        // eight rows at 1366×768 even with the problem list open: the details below take two lines, not four
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(600, 8 * table.getRowHeight()));
        JComboBox<MaterialKind> kinds = new JComboBox<>(MaterialKind.values());
        kinds.setRenderer(new EnumRenderer<>(labels::materialKind));
        JComboBox<MaterialSource> sources = new JComboBox<>(MaterialSource.values());
        sources.setRenderer(new EnumRenderer<>(CatalogLabels::source));
        table.setDefaultEditor(MaterialKind.class, new DefaultCellEditor(kinds));
        table.setDefaultEditor(MaterialSource.class, new DefaultCellEditor(sources));
        table.setDefaultRenderer(MaterialKind.class, issues(text(labels::materialKind)));
        table.setDefaultRenderer(MaterialSource.class, issues(text(CatalogLabels::source)));
        table.setDefaultRenderer(String.class, issues(table.getDefaultRenderer(String.class)));
        table.setDefaultRenderer(Integer.class, issues(table.getDefaultRenderer(Integer.class)));
        table.setDefaultRenderer(Boolean.class, issues(table.getDefaultRenderer(Boolean.class)));
        table.getColumnModel().getColumn(MaterialTableModel.SUPPLEMENT_DAYS).setCellRenderer(
                issues(new SupplementDaysRenderer(messages, model)));
        table.getColumnModel().getColumn(MaterialTableModel.SUPPLEMENT_DAYS).setCellEditor(supplementDaysEditor());

        bar.setBorder(BorderFactory.createEmptyBorder());
        JPanel north = new JPanel(new BorderLayout());
        north.add(bar, BorderLayout.LINE_START);
        JPanel details = details(messages);
        add(north, BorderLayout.PAGE_START);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setMinimumSize(new java.awt.Dimension(200, table.getTableHeader().getPreferredSize().height
                + 8 * table.getRowHeight() + 4));
        add(scroll, BorderLayout.CENTER);
        add(details, BorderLayout.PAGE_END);

        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncing) {
                presenter.setSelectedMaterial(table.getSelectedRow());
            }
        });
        presenter.addPropertyChangeListener(ItemEditorPresenter.Property.SELECTED_MATERIAL, e -> showSelection());
        presenter.addPropertyChangeListener(ItemEditorPresenter.Property.ISSUES, e -> {
            table.repaint();
            markDetails();
        });
        binder.onSync(this::refresh);
        binder.locator(this::locate);
        bindDetail(condition, MaterialRequirement::condition, (m, v) -> new MaterialRequirement(m.name(), m.kind(),
                m.originals(), m.copies(), m.paperSize(), m.sealOrSignature(), m.source(), m.required(), v,
                m.deferrable(), m.sampleRef(), m.notes(), m.supplementDays()));
        bindDetail(seal, MaterialRequirement::sealOrSignature, (m, v) -> new MaterialRequirement(m.name(), m.kind(),
                m.originals(), m.copies(), m.paperSize(), v, m.source(), m.required(), m.condition(),
                m.deferrable(), m.sampleRef(), m.notes(), m.supplementDays()));
        bindDetail(sample, MaterialRequirement::sampleRef, (m, v) -> new MaterialRequirement(m.name(), m.kind(),
                m.originals(), m.copies(), m.paperSize(), m.sealOrSignature(), m.source(), m.required(),
                m.condition(), m.deferrable(), v, m.notes(), m.supplementDays()));
        bindDetail(notes, MaterialRequirement::notes, (m, v) -> new MaterialRequirement(m.name(), m.kind(),
                m.originals(), m.copies(), m.paperSize(), m.sealOrSignature(), m.source(), m.required(),
                m.condition(), m.deferrable(), m.sampleRef(), v, m.supplementDays()));
    }

    /** The long texts of the selected material, two to a line so the table keeps its rows on a laptop screen. */
    private JPanel details(Messages messages) {
        JPanel form = new JPanel(new java.awt.GridBagLayout());
        form.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(4, 0, 0, 0)));
        condition.putClientProperty(com.formdev.flatlaf.FlatClientProperties.PLACEHOLDER_TEXT,
                messages.text("admin.hint.condition"));
        condition.setToolTipText(messages.text("admin.hint.condition"));
        detail(form, 0, 0, messages.text("admin.material.column.condition"), condition);
        detail(form, 0, 1, messages.text("admin.material.column.sealOrSignature"), seal);
        detail(form, 1, 0, messages.text("admin.material.column.sampleRef"), sample);
        detail(form, 1, 1, messages.text("admin.material.column.notes"), notes);
        return form;
    }

    private static void detail(JPanel form, int row, int pair, String label, JComponent field) {
        java.awt.GridBagConstraints l = Forms.labelAt(row);
        l.gridx = pair * 2;
        l.insets = new java.awt.Insets(3, pair == 0 ? 0 : 16, 3, 8);
        java.awt.GridBagConstraints c = Forms.fieldAt(row);
        c.gridx = pair * 2 + 1;
        c.insets = new java.awt.Insets(3, 0, 3, 0);
        if (field instanceof JTextField text) {
            text.setColumns(8);   // the two columns share the width evenly, whatever the texts' lengths
        }
        form.add(Forms.label(label, field), l);
        form.add(field, c);
    }

    private void bindDetail(javax.swing.text.JTextComponent field, Function<MaterialRequirement, String> get,
            BiFunction<MaterialRequirement, String, MaterialRequirement> set) {
        Forms.onTextChange(field, text -> {
            int row = presenter.selectedMaterial();
            if (!syncing && row >= 0 && row < presenter.draft().materials.size()) {
                MaterialRequirement m = presenter.draft().materials.get(row);
                MaterialRequirement changed = set.apply(m, ItemDraft.orNull(text));
                if (!changed.equals(m)) {
                    presenter.setMaterial(row, changed);
                }
            }
        });
        field.putClientProperty("admin.getter", get);
    }

    @SuppressWarnings("unchecked")
    private void showDetails() {
        int row = presenter.selectedMaterial();
        boolean has = row >= 0 && row < presenter.draft().materials.size();
        MaterialRequirement m = has ? presenter.draft().materials.get(row) : null;
        syncing = true;
        try {
            for (javax.swing.text.JTextComponent f : List.of(condition, seal, sample, notes)) {
                f.setEnabled(has);
                Function<MaterialRequirement, String> get =
                        (Function<MaterialRequirement, String>) f.getClientProperty("admin.getter");
                String value = m == null ? "" : get.apply(m);
                // keep what is being typed (" " before a word) when it means the same as the stored value
                if (!java.util.Objects.equals(ItemDraft.orNull(f.getText()), ItemDraft.orNull(value))) {
                    Forms.setTextIfDifferent(f, value);
                    if (!f.isFocusOwner()) {
                        f.setCaretPosition(0);   // another material's text shows from its start
                    }
                }
            }
            condition.setEnabled(has && !m.required());
        } finally {
            syncing = false;
        }
        markDetails();
    }

    private void markDetails() {
        int row = presenter.selectedMaterial();
        List<FieldIssue> issues = row < 0 ? List.of() : presenter.issuesAt("materials[" + row + "].condition");
        condition.putClientProperty(com.formdev.flatlaf.FlatClientProperties.OUTLINE, issues.isEmpty() ? null : "error");
        condition.setToolTipText(issues.isEmpty() ? (String) condition.getClientProperty(
                com.formdev.flatlaf.FlatClientProperties.PLACEHOLDER_TEXT) : issues.get(0).message());
    }

    private void refresh() {
        syncing = true;
        try {
            if (table.isEditing() && model.getRowCount() != presenter.draft().materials.size()) {
                table.getCellEditor().cancelCellEditing();
            }
            model.refresh();
        } finally {
            syncing = false;
        }
        showSelection();
    }

    private void showSelection() {
        int row = presenter.selectedMaterial();
        syncing = true;
        try {
            if (row < 0 || row >= table.getRowCount()) {
                table.clearSelection();
            } else if (table.getSelectedRow() != row) {
                table.setRowSelectionInterval(row, row);
                table.scrollRectToVisible(table.getCellRect(row, 0, true));
            }
        } finally {
            syncing = false;
        }
        showDetails();
    }

    /**
     * Returns the widget of a material issue after selecting its row: the condition field for {@code .condition},
     * else the table with the issue's cell (the counts for a row-wide issue) chosen; null for other issues.
     */
    private JComponent locate(FieldIssue issue) {
        int row = issue.materialRow();
        if (row < 0 || row >= table.getRowCount()) {
            return issue.field() != null && issue.field().equals("materials") ? table : null;
        }
        presenter.setSelectedMaterial(row);
        String suffix = issue.field().substring(issue.field().indexOf(']') + 1);
        if (suffix.equals(".condition") && condition.isEnabled()) {
            return condition;
        }
        int column = suffix.isEmpty() ? MaterialTableModel.ORIGINALS : MaterialTableModel.columnOf(suffix);
        int view = table.convertColumnIndexToView(Math.max(column, MaterialTableModel.NAME));
        table.changeSelection(row, view, false, false);
        return table;
    }

    /** A number editor that takes an empty cell as “no period of its own” (due by the promised date). */
    private static DefaultCellEditor supplementDaysEditor() {
        JTextField field = new JTextField();
        field.setHorizontalAlignment(JTextField.TRAILING);
        return new DefaultCellEditor(field) {
            @Override
            public Object getCellEditorValue() {
                String text = field.getText().strip();
                return text.isEmpty() ? null : Integer.valueOf(text);
            }

            @Override
            public boolean stopCellEditing() {
                String text = field.getText().strip();
                if (!text.isEmpty() && !text.matches("-?\\d{1,6}")) {
                    field.putClientProperty(com.formdev.flatlaf.FlatClientProperties.OUTLINE, "error");
                    return false;   // not a number: keep editing, as JTable's own number editor does
                }
                field.putClientProperty(com.formdev.flatlaf.FlatClientProperties.OUTLINE, null);
                return super.stopCellEditing();
            }
        };
    }

    /** Starts editing the name of the selected material (after 添加材料, the administrator types at once). */
    public void editSelectedName() {
        int row = presenter.selectedMaterial();
        if (row >= 0 && row < table.getRowCount()) {
            table.editCellAt(row, MaterialTableModel.NAME);
            Component editor = table.getEditorComponent();
            if (editor != null) {
                editor.requestFocusInWindow();
            }
        }
    }

    private static <E> TableCellRenderer text(Function<E, String> label) {
        javax.swing.table.DefaultTableCellRenderer r = new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            @SuppressWarnings("unchecked")
            protected void setValue(Object value) {
                setText(value == null ? "" : label.apply((E) value));
            }
        };
        return r;
    }

    /** Wraps a renderer: cells with issues get a red border and the messages as tooltip. */
    private TableCellRenderer issues(TableCellRenderer inner) {
        return (t, value, selected, focused, row, column) -> {
            Component c = inner.getTableCellRendererComponent(t, value, selected, focused, row, column);
            if (c instanceof JComponent jc) {
                String path = MaterialTableModel.path(row, t.convertColumnIndexToModel(column));
                List<FieldIssue> found = path.endsWith("]")
                        ? presenter.issues().stream().filter(i -> path.equals(i.field())).toList()
                        : presenter.issuesAt(path);
                if (found.isEmpty() && t.convertColumnIndexToModel(column) == MaterialTableModel.REQUIRED) {
                    found = presenter.issuesAt("materials[" + row + "].condition");
                }
                if (!found.isEmpty()) {
                    // the wrapped renderers reset their border on every call, so only the error case is set here
                    jc.setBorder(BorderFactory.createLineBorder(Forms.color("Yichuang.error.foreground"), 2));
                }
                if (jc instanceof javax.swing.AbstractButton box) {
                    box.setBorderPainted(!found.isEmpty());
                }
                jc.setToolTipText(found.isEmpty() ? null
                        : found.stream().map(FieldIssue::message).collect(Collectors.joining("<br>", "<html>", "</html>")));
            }
            return c;
        };
    }
}
