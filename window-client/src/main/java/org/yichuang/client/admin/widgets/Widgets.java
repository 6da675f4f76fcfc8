package org.yichuang.client.admin.widgets;

import javax.swing.JComponent;

/** Small helpers shared by the administration screens (事项、一件事、导入导出、日历). */
public final class Widgets {
    private Widgets() {
    }

    /** Names {@code component} for tests (and screen readers) and returns it, so that it can be built inline. */
    public static <C extends JComponent> C named(C component, String name) {
        component.setName(name);
        return component;
    }
}
