package org.yichuang.client.admin.item.materials;

import java.util.List;
import org.yichuang.client.admin.item.ItemDraft;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;

/** The materials (申请材料) of the draft as an editable table; each edit replaces one row's record in the presenter. */
public final class MaterialTableModel extends ColumnTableModel {
    public static final int NAME = 0;
    public static final int KIND = 1;
    public static final int SOURCE = 2;
    public static final int REQUIRED = 3;
    public static final int DEFERRABLE = 4;
    /** 补交期限 in working days; editable only on deferrable rows. */
    public static final int SUPPLEMENT_DAYS = 5;
    public static final int ORIGINALS = 6;
    public static final int COPIES = 7;
    public static final int PAPER = 8;
    /** The rule path suffix each column shows issues of; {@code ""} is the row itself (counts). */
    private static final String[] PATHS = {".name", ".kind", ".source", ".condition", ".deferrable", ".supplementDays",
        "", "", ".paperSize"};
    private static final String[] KEYS = {"name", "kind", "source", "required", "deferrable", "supplementDays",
        "originals", "copies", "paperSize"};

    private final ItemEditorPresenter presenter;
    private List<MaterialRequirement> rows = List.of();

    MaterialTableModel(Messages messages, ItemEditorPresenter presenter) {
        this.presenter = presenter;
        columns(java.util.Arrays.stream(KEYS).map(k -> messages.text("admin.material.column." + k))
                .toArray(String[]::new));
    }

    /** Shows the draft's materials; returns true when the rows changed. */
    boolean refresh() {
        List<MaterialRequirement> next = List.copyOf(presenter.draft().materials);
        if (next.equals(rows)) {
            return false;
        }
        boolean sameSize = next.size() == rows.size();
        rows = next;
        if (sameSize) {
            fireTableRowsUpdated(0, rows.size() - 1);   // keeps the selection and an editor in another row
        } else {
            fireTableDataChanged();
        }
        return true;
    }

    /** Returns the column whose cells edit {@code suffix} (e.g. {@code .name}), or -1. */
    static int columnOf(String suffix) {
        return java.util.Arrays.asList(PATHS).indexOf(suffix);
    }

    /** Returns the rule path of a cell, e.g. {@code materials[2].deferrable}. */
    static String path(int row, int column) {
        return "materials[" + row + "]" + PATHS[column];
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case KIND -> MaterialKind.class;
            case SOURCE -> MaterialSource.class;
            case REQUIRED, DEFERRABLE -> Boolean.class;
            case SUPPLEMENT_DAYS, ORIGINALS, COPIES -> Integer.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        // a period for a material that may not be deferred means nothing (ServiceItemRules refuses it)
        return column != SUPPLEMENT_DAYS || rows.get(row).deferrable();
    }

    @Override
    public Object getValueAt(int row, int column) {
        MaterialRequirement m = rows.get(row);
        return switch (column) {
            case NAME -> m.name();
            case KIND -> m.kind();
            case SOURCE -> m.source();
            case REQUIRED -> m.required();
            case DEFERRABLE -> m.deferrable();
            case SUPPLEMENT_DAYS -> m.supplementDays();
            case ORIGINALS -> m.originals();
            case COPIES -> m.copies();
            default -> m.paperSize() == null ? "" : m.paperSize();
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        MaterialRequirement m = rows.get(row);
        MaterialRequirement changed = switch (column) {
            case NAME -> with(m, value == null ? "" : ((String) value).strip(), m.kind(), m.source(), m.required(), m.deferrable(), m.originals(),
                    m.copies(), m.paperSize());
            case KIND -> with(m, m.name(), (MaterialKind) value, m.source(), m.required(), m.deferrable(),
                    m.originals(), m.copies(), m.paperSize());
            case SOURCE -> with(m, m.name(), m.kind(), (MaterialSource) value, m.required(), m.deferrable(),
                    m.originals(), m.copies(), m.paperSize());
            case REQUIRED -> with(m, m.name(), m.kind(), m.source(), (Boolean) value, m.deferrable(), m.originals(),
                    m.copies(), m.paperSize());
            case DEFERRABLE -> with(m, m.name(), m.kind(), m.source(), m.required(), (Boolean) value, m.originals(),
                    m.copies(), m.paperSize());
            case SUPPLEMENT_DAYS -> m.withSupplementDays(value == null ? null : ((Number) value).intValue());
            case ORIGINALS -> with(m, m.name(), m.kind(), m.source(), m.required(), m.deferrable(), count(value),
                    m.copies(), m.paperSize());
            case COPIES -> with(m, m.name(), m.kind(), m.source(), m.required(), m.deferrable(), m.originals(),
                    count(value), m.paperSize());
            default -> with(m, m.name(), m.kind(), m.source(), m.required(), m.deferrable(), m.originals(),
                    m.copies(), ItemDraft.orNull((String) value));
        };
        if (!changed.equals(m)) {
            presenter.setMaterial(row, changed);
        }
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static MaterialRequirement with(MaterialRequirement m, String name, MaterialKind kind,
            MaterialSource source, boolean required, boolean deferrable, int originals, int copies, String paper) {
        return new MaterialRequirement(name == null ? "" : name, kind, originals, copies, paper, m.sealOrSignature(),
                source, required, m.condition(), deferrable, m.sampleRef(), m.notes(),
                deferrable ? m.supplementDays() : null);   // a material no longer deferrable has no 补交期限
    }
}
