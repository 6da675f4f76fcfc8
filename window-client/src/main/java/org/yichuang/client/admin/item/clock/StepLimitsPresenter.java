package org.yichuang.client.admin.item.clock;

import java.util.List;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.ObservableModel;

/**
 * The 环节时限 rows of the open item and which one is selected; every change goes through
 * {@link ItemEditorPresenter#edit}, so it is checked, marks the draft dirty and is saved with the item.
 */
public final class StepLimitsPresenter extends ObservableModel<StepLimitsPresenter.Property> {
    /** Observable properties. */
    public enum Property { SELECTED }

    private final ItemEditorPresenter editor;
    private int selected = -1;

    /** Follows the editor: another item opened keeps the selection only where a row is still there. */
    public StepLimitsPresenter(ItemEditorPresenter editor) {
        this.editor = editor;
        editor.addPropertyChangeListener(ItemEditorPresenter.Property.DRAFT, e -> clampSelection());
    }

    /** Returns the rows of the draft, in order. */
    public List<StepLimitRow> rows() {
        return List.copyOf(editor.draft().stepLimits);
    }

    /** Returns the selected row, or -1. */
    public int selected() {
        return selected;
    }

    /** Returns true when rows can be added (an item is open and nothing is being saved). */
    public boolean canAdd() {
        return editor.isOpen() && !editor.isBusy();
    }

    /** Returns true when a row is selected that can be removed. */
    public boolean canRemove() {
        return canAdd() && selected >= 0 && selected < editor.draft().stepLimits.size();
    }

    /** Adds a blank row after the selected one (or at the end) and selects it. */
    public void add() {
        if (!canAdd()) {
            return;
        }
        int at = selected < 0 ? editor.draft().stepLimits.size() : selected + 1;
        editor.edit(d -> d.stepLimits.add(at, StepLimitRow.NEW));
        select(at);
    }

    /** Removes the selected row; the next one (or the new last one) is selected. */
    public void remove() {
        if (!canRemove()) {
            return;
        }
        int at = selected;
        editor.edit(d -> d.stepLimits.remove(at));
        select(Math.min(at, editor.draft().stepLimits.size() - 1));
    }

    /** Replaces row {@code index} (a cell was edited). */
    public void set(int index, StepLimitRow row) {
        if (index >= 0 && index < editor.draft().stepLimits.size() && !row.equals(editor.draft().stepLimits.get(index))) {
            editor.edit(d -> d.stepLimits.set(index, row));
        }
    }

    /** Selects row {@code index}, or none with -1. */
    public void select(int index) {
        int old = selected;
        selected = index;
        fire(Property.SELECTED, old, selected);
    }

    /** Returns the row whose step is {@code step} (first one), or -1. */
    public int rowOf(String step) {
        List<StepLimitRow> rows = editor.draft().stepLimits;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).step().strip().equals(step)) {
                return i;
            }
        }
        return -1;
    }

    /** The editor this list belongs to (actions follow its open and busy state). */
    public ItemEditorPresenter editor() {
        return editor;
    }

    private void clampSelection() {
        int size = editor.draft().stepLimits.size();
        if (selected >= size) {
            select(size - 1);
        }
    }
}
