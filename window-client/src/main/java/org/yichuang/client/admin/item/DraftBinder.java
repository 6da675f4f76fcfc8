package org.yichuang.client.admin.item;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.text.JTextComponent;
import org.yichuang.client.ui.Forms;

/**
 * Binds editor widgets to the item draft both ways: an edit goes to {@link ItemEditorPresenter#edit}; a new draft or
 * new issues come back to every widget (text, then the red outline and the issue as tooltip).
 */
public final class DraftBinder {
    private final ItemEditorPresenter presenter;
    private final List<Runnable> syncs = new ArrayList<>();
    private final List<Runnable> marks = new ArrayList<>();
    private final java.util.Map<String, JComponent> fields = new java.util.LinkedHashMap<>();
    private final List<Function<FieldIssue, JComponent>> locators = new ArrayList<>();
    private boolean syncing;

    /** Creates the binder of one editor; widgets register with it as the tabs are built. */
    public DraftBinder(ItemEditorPresenter presenter) {
        this.presenter = presenter;
        presenter.addPropertyChangeListener(ItemEditorPresenter.Property.DRAFT, e -> sync());
        presenter.addPropertyChangeListener(ItemEditorPresenter.Property.ISSUES, e -> marks.forEach(Runnable::run));
        presenter.addPropertyChangeListener(ItemEditorPresenter.Property.OPEN, e -> sync());
    }

    /** Runs {@code change} unless the widgets are being filled from the draft (that is not an edit). */
    public void edit(java.util.function.Consumer<ItemDraft> change) {
        if (!syncing) {
            presenter.edit(change);
        }
    }

    /** Returns true while widgets are filled from the draft. */
    public boolean isSyncing() {
        return syncing;
    }

    /** Registers extra work to do whenever the draft changes (tables, dependent enabled states). */
    public void onSync(Runnable r) {
        syncs.add(r);
    }

    /** Binds a text field or area to a draft text at {@code path} (the rule path its issues are marked by). */
    public void text(JTextComponent field, String path, Function<ItemDraft, String> get, BiConsumer<ItemDraft, String> set) {
        Forms.onTextChange(field, text -> edit(d -> set.accept(d, text)));
        syncs.add(() -> {
            String before = field.getText();
            Forms.setTextIfDifferent(field, get.apply(presenter.draft()));
            if (!before.equals(field.getText()) && !field.isFocusOwner()) {
                field.setCaretPosition(0);   // a loaded text shows from its start, not scrolled to its end
            }
        });
        mark(field, path);
    }

    /** Binds a combo box to a draft value at {@code path}. */
    public <T> void combo(JComboBox<T> combo, String path, Function<ItemDraft, T> get, BiConsumer<ItemDraft, T> set) {
        combo.addActionListener(e -> edit(d -> set.accept(d, combo.getItemAt(combo.getSelectedIndex()))));
        syncs.add(() -> {
            T value = get.apply(presenter.draft());
            if (combo.getSelectedItem() != value) {
                combo.setSelectedItem(value);
            }
        });
        mark(combo, path);
    }

    /** Binds a spinner to a draft number at {@code path}; every valid keystroke is an edit. */
    public void spinner(JSpinner spinner, String path, Function<ItemDraft, Number> get, BiConsumer<ItemDraft, Number> set) {
        // every valid keystroke is a value: the rules are checked as the administrator types, not on leaving the field
        if (spinner.getEditor() instanceof JSpinner.DefaultEditor editor
                && editor.getTextField().getFormatter() instanceof javax.swing.text.DefaultFormatter formatter) {
            formatter.setCommitsOnValidEdit(true);
        }
        spinner.addChangeListener(e -> edit(d -> set.accept(d, (Number) spinner.getValue())));
        syncs.add(() -> {
            Number value = get.apply(presenter.draft());
            if (((Number) spinner.getValue()).doubleValue() != value.doubleValue()) {
                spinner.setValue(spinner.getValue() instanceof Double ? (Object) value.doubleValue()
                        : (Object) value.intValue());
            }
        });
        mark(spinner, path);
    }

    /** Binds a check box to a draft flag at {@code path} (null: no issues of its own). */
    public void check(AbstractButton box, String path, Predicate<ItemDraft> get, BiConsumer<ItemDraft, Boolean> set) {
        box.addActionListener(e -> edit(d -> set.accept(d, box.isSelected())));
        syncs.add(() -> box.setSelected(get.test(presenter.draft())));
        mark(box, path);
    }

    /** Outlines {@code component} in red with the issues of {@code path} as its tooltip. */
    public void mark(JComponent component, String path) {
        if (path == null) {
            return;
        }
        fields.putIfAbsent(path, component);
        String plainTooltip = component.getToolTipText();
        marks.add(() -> {
            List<FieldIssue> issues = presenter.issuesAt(path);
            component.putClientProperty(FlatClientProperties.OUTLINE, issues.isEmpty() ? null : "error");
            if (component instanceof AbstractButton b) {
                b.setForeground(issues.isEmpty() ? null : Forms.color("Yichuang.error.foreground"));
            }
            component.setToolTipText(issues.isEmpty() ? plainTooltip
                    : issues.stream().map(FieldIssue::message).collect(Collectors.joining("<br>", "<html>", "</html>")));
        });
    }

    /** Adds a way to find the widget of issues a plain field path does not name (a table cell, a procedure). */
    public void locator(Function<FieldIssue, JComponent> locator) {
        locators.add(locator);
    }

    /**
     * Returns the widget that edits what {@code issue} is about: a registered locator's answer, else the field bound
     * to its path, else to the nearest enclosing path ({@code fee} for {@code fee.amount}); null when none shows it.
     */
    public JComponent locate(FieldIssue issue) {
        for (Function<FieldIssue, JComponent> locator : locators) {
            JComponent found = locator.apply(issue);
            if (found != null) {
                return found;
            }
        }
        JComponent exact = fields.get(issue.field());
        if (exact != null) {
            return exact;
        }
        return fields.entrySet().stream().filter(e -> issue.concerns(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(java.util.Map.Entry::getValue).orElse(null);
    }

    /** Fills every widget from the draft, then marks the issues. */
    public void sync() {
        syncing = true;
        try {
            syncs.forEach(Runnable::run);
        } finally {
            syncing = false;
        }
        marks.forEach(Runnable::run);
    }
}
