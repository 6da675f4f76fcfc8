package org.yichuang.client.admin.item.form;

import java.awt.FlowLayout;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.yichuang.client.admin.item.DraftBinder;
import org.yichuang.client.admin.item.FieldLabels;
import org.yichuang.client.admin.item.clock.StepLimitsPanel;
import org.yichuang.client.admin.widgets.EnumRenderer;
import org.yichuang.client.admin.widgets.FormGrid;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;

/** Tab 时限与收费: case kind, statutory and promised limits, visits, fee, extensions and 环节时限. */
public final class LimitsFeeTab extends FormGrid {
    public static final String CASE_KIND_COMBO = "admin.item.caseKind";
    public static final String STATUTORY_VALUE = "admin.item.statutoryValue";
    public static final String STATUTORY_UNIT = "admin.item.statutoryUnit";
    public static final String PROMISED_VALUE = "admin.item.promisedValue";
    public static final String PROMISED_UNIT = "admin.item.promisedUnit";
    public static final String CHARGED_CHECK = "admin.item.charged";
    public static final String AMOUNT_SPINNER = "admin.item.amount";
    public static final String FEE_BASIS_FIELD = "admin.item.feeBasis";
    public static final String VISITS_UNIT = "admin.item.visits.unit";
    public static final String MAX_EXTENSIONS_SPINNER = "admin.item.maxExtensions";
    public static final String JOINT_HANDLING_CHECK = "admin.item.jointHandling";

    public LimitsFeeTab(Messages messages, DraftBinder binder, FieldLabels labels, StepLimitsPanel steps) {
        JComboBox<CaseKind> caseKind = Widgets.named(new JComboBox<>(CaseKind.values()), CASE_KIND_COMBO);
        caseKind.setRenderer(new EnumRenderer<>(labels::caseKind));
        JSpinner statutory = Widgets.named(new JSpinner(new SpinnerNumberModel(0, 0, 3650, 1)), STATUTORY_VALUE);
        JComboBox<LimitUnit> statutoryUnit = unitCombo(labels, STATUTORY_UNIT, statutory);
        JSpinner promised = Widgets.named(new JSpinner(new SpinnerNumberModel(0, 0, 3650, 1)), PROMISED_VALUE);
        JComboBox<LimitUnit> promisedUnit = unitCombo(labels, PROMISED_UNIT, promised);
        JSpinner visits = Widgets.named(new JSpinner(new SpinnerNumberModel(0, 0, 20, 1)), "admin.item.visits");
        JCheckBox charged = Widgets.named(new JCheckBox(messages.text("admin.field.charged.check")),
                CHARGED_CHECK);
        JSpinner amount = Widgets.named(new JSpinner(new SpinnerNumberModel(0.0, 0.0, 1_000_000.0, 1.0)),
                AMOUNT_SPINNER);
        amount.setEditor(new JSpinner.NumberEditor(amount, "0.00"));
        JTextField basis = Widgets.named(new JTextField(), FEE_BASIS_FIELD);

        section(messages.text("admin.section.limits"));
        row(messages.text("admin.field.caseKind"), caseKind);
        row(messages.text("admin.field.statutoryLimit"), pair(statutory, statutoryUnit));
        row(messages.text("admin.field.promisedLimit"), pair(promised, promisedUnit));
        hint(messages.text("admin.hint.limits"));
        JLabel visitsUnit = Widgets.named(new JLabel(messages.text("admin.field.visits.unit", 1)), VISITS_UNIT);
        visits.addChangeListener(e -> visitsUnit.setText(messages.text("admin.field.visits.unit", visits.getValue())));
        row(messages.text("admin.field.visits"), pair(visits, visitsUnit));
        hint(messages.text("admin.hint.visits"));
        section(messages.text("admin.section.fee"));
        row(messages.text("admin.field.fee"), charged);
        row(messages.text("admin.field.amount"), pair(amount, new JLabel(messages.text("admin.field.amount.unit"))));
        row(messages.text("admin.field.feeBasis"), basis);
        clockRules(messages, binder, steps);
        fill();

        binder.combo(caseKind, "caseKind", d -> d.caseKind, (d, v) -> d.caseKind = v);
        binder.spinner(statutory, "statutoryLimit", d -> d.statutoryValue, (d, v) -> d.statutoryValue = v.intValue());
        binder.combo(statutoryUnit, "statutoryLimit", d -> d.statutoryUnit, (d, v) -> d.statutoryUnit = v);
        binder.spinner(promised, "promisedLimit", d -> d.promisedValue, (d, v) -> d.promisedValue = v.intValue());
        binder.combo(promisedUnit, "promisedLimit", d -> d.promisedUnit, (d, v) -> d.promisedUnit = v);
        binder.spinner(visits, "visits", d -> d.visits, (d, v) -> d.visits = v.intValue());
        binder.check(charged, "fee", d -> d.charged, (d, v) -> d.charged = v);
        // fen are stored; the form shows 元 with two decimals
        binder.spinner(amount, "fee", d -> d.amountFen / 100.0, (d, v) -> d.amountFen = Math.round(v.doubleValue() * 100));
        binder.text(basis, "fee", d -> d.feeBasis, (d, v) -> d.feeBasis = v);
        binder.onSync(() -> {
            amount.setEnabled(charged.isSelected());
            basis.setEnabled(charged.isSelected());
        });
    }

    /** Section 延期与环节时限: how often and by how much a case may be extended, and the back-office step limits. */
    private void clockRules(Messages messages, DraftBinder binder, StepLimitsPanel steps) {
        JSpinner extensions = Widgets.named(new JSpinner(new SpinnerNumberModel(ServiceItem.DEFAULT_MAX_EXTENSIONS, 0,
                ServiceItemRules.MAX_EXTENSIONS, 1)), MAX_EXTENSIONS_SPINNER);
        JCheckBox joint = Widgets.named(new JCheckBox(messages.text("admin.field.jointHandling.check")),
                JOINT_HANDLING_CHECK);
        section(messages.text("admin.section.clockRules"));
        row(messages.text("admin.field.maxExtensions"), pair(extensions,
                new JLabel(messages.text("admin.field.maxExtensions.unit"))));
        hint(messages.text("admin.hint.maxExtensions", ServiceItemRules.MAX_EXTENSIONS));
        row(messages.text("admin.field.jointHandling"), joint);
        hint(messages.text("admin.hint.jointHandling"));
        row(messages.text("admin.field.stepLimits"), steps);
        hint(messages.text("admin.hint.stepLimits", ServiceItemRules.MAX_STEP_DAYS));

        binder.spinner(extensions, "maxExtensions", d -> d.maxExtensions, (d, v) -> d.maxExtensions = v.intValue());
        binder.check(joint, "jointHandling", d -> d.jointHandling, (d, v) -> d.jointHandling = v);
        binder.mark(steps.table(), "stepLimits");
        binder.onSync(steps::refresh);
        binder.locator(steps::locate);
    }

    /** The unit follows its number in English (1 working day, 2 working days) as the number is typed. */
    private static JComboBox<LimitUnit> unitCombo(FieldLabels labels, String name, JSpinner value) {
        JComboBox<LimitUnit> combo = Widgets.named(new JComboBox<>(LimitUnit.values()), name);
        combo.setRenderer(new EnumRenderer<LimitUnit>(u -> labels.unit(u, (Number) value.getValue())));
        value.addChangeListener(e -> combo.repaint());
        return combo;
    }

    private static JPanel pair(java.awt.Component a, java.awt.Component b) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        a.setPreferredSize(new java.awt.Dimension(110, a.getPreferredSize().height));
        p.add(a);
        p.add(javax.swing.Box.createHorizontalStrut(8));
        p.add(b);
        return p;
    }
}
