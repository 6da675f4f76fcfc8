package org.yichuang.client.admin.widgets;

import java.awt.Component;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/** Shows enum values in Chinese (CatalogLabels or the bundle) in combo boxes and lists. */
public final class EnumRenderer<E> extends DefaultListCellRenderer {
    private final Function<E, String> label;

    public EnumRenderer(Function<E, String> label) {
        this.label = label;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean isSelected,
            boolean cellHasFocus) {
        String text = value == null ? " " : label.apply((E) value);
        return super.getListCellRendererComponent(list, text, index, isSelected, cellHasFocus);
    }
}
