package org.yichuang.client.admin.item.form;

import java.awt.GridLayout;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.yichuang.client.admin.item.DraftBinder;
import org.yichuang.client.admin.item.ItemDraft;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.widgets.FormGrid;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;

/** Tab 办理方式与送达: service objects, channels, delivery, and the special procedures with their clock rule. */
public final class HandlingTab extends FormGrid {
    public static final String PROCEDURE_PREFIX = "admin.procedure.";
    public static final String STOPS_CLOCK_SUFFIX = ".stopsClock";

    public HandlingTab(Messages messages, ItemEditorPresenter presenter, DraftBinder binder) {
        section(messages.text("admin.field.serviceObjects"));
        wide(checks(ServiceObject.values(), CatalogLabels::serviceObject, binder, "serviceObjects",
                (d) -> d.serviceObjects));
        section(messages.text("admin.field.channels"));
        wide(checks(Channel.values(), CatalogLabels::channel, binder, "channels", d -> d.channels));
        section(messages.text("admin.field.deliveryOptions"));
        wide(checks(DeliveryOption.values(), CatalogLabels::delivery, binder, "deliveryOptions",
                d -> d.deliveryOptions));
        section(messages.text("admin.field.specialProcedures"));
        JLabel hint = Forms.styled(new JLabel(messages.text("admin.hint.procedures")), "small");
        hint.setForeground(Forms.color("Yichuang.muted.foreground"));
        wide(hint);
        JPanel grid = new JPanel(new GridLayout(0, 2, 16, 2));
        for (SpecialProcedureKind kind : SpecialProcedureKind.values()) {
            JCheckBox allowed = Widgets.named(new JCheckBox(CatalogLabels.procedure(kind)),
                    PROCEDURE_PREFIX + kind.name());
            JCheckBox stops = Widgets.named(new JCheckBox(messages.text(kind.statutoryExclusion()
                    ? "admin.procedure.stopsClock.statutory" : "admin.procedure.stopsClock")),
                    PROCEDURE_PREFIX + kind.name() + STOPS_CLOCK_SUFFIX);
            allowed.addActionListener(e -> {
                if (!binder.isSyncing()) {
                    presenter.setProcedureAllowed(kind, allowed.isSelected());
                }
            });
            stops.addActionListener(e -> {
                if (!binder.isSyncing()) {
                    presenter.setProcedureStopsClock(kind, stops.isSelected());
                }
            });
            binder.onSync(() -> {
                SpecialProcedure p = presenter.draft().procedure(kind);
                allowed.setSelected(p != null);
                stops.setSelected(p != null && p.stopsClock());
                stops.setEnabled(p != null);
            });
            presenter.addPropertyChangeListener(ItemEditorPresenter.Property.ISSUES, e -> {
                int at = presenter.draft().specialProcedures.indexOf(presenter.draft().procedure(kind));
                boolean bad = at >= 0 && !presenter.issuesAt("specialProcedures[" + at + "]").isEmpty();
                stops.setForeground(bad ? Forms.color("Yichuang.error.foreground") : null);
                stops.setToolTipText(bad ? presenter.issuesAt("specialProcedures[" + at + "]").get(0).message() : null);
            });
            grid.add(allowed);
            grid.add(stops);
            binder.locator(issue -> {
                int at = issue.procedureIndex();
                if (at < 0 || at >= presenter.draft().specialProcedures.size()
                        || presenter.draft().specialProcedures.get(at).kind() != kind) {
                    return null;
                }
                return issue.field().endsWith(".stopsClock") && stops.isEnabled() ? stops : allowed;
            });
        }
        grid.setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
        wide(grid);
        fill();
    }

    private static <E extends Enum<E>> JPanel checks(E[] values, Function<E, String> label, DraftBinder binder,
            String path, Function<ItemDraft, java.util.Set<E>> set) {
        JPanel row = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 12, 0));
        for (E value : values) {
            JCheckBox box = Widgets.named(new JCheckBox(label.apply(value)), "admin.item." + path + "." + value);
            binder.check(box, null, d -> set.apply(d).contains(value), (d, on) -> {
                if (on) {
                    set.apply(d).add(value);
                } else {
                    set.apply(d).remove(value);
                }
            });
            row.add(box);
        }
        return row;
    }
}
