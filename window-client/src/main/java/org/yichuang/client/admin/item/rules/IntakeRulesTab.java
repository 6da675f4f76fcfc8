package org.yichuang.client.admin.item.rules;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import javax.swing.Box;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.yichuang.client.admin.item.DraftBinder;
import org.yichuang.client.admin.item.ItemDraft;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.widgets.EnumRenderer;
import org.yichuang.client.admin.widgets.FormGrid;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;

/**
 * Tab 受理规则: what the counter may do at intake (RULES.md §2, §3.1, §8.3): the risk category (风险类别), 容缺受理,
 * 告知承诺 with its post-check period (核查期限), the seal owner of the documents (印章所属机关) and whether the clerk
 * must ask for the applicant's genuine intent (老年人权益保障法 Art. 55). Core's ServiceItemRules judges every value;
 * the widgets accept more than the rules do so that the rule, not a silent spinner limit, says what is wrong.
 */
public final class IntakeRulesTab extends FormGrid {
    public static final String RISK_COMBO = "admin.item.riskCategory";
    public static final String DEFERRAL_CHECK = "admin.item.deferralAllowed";
    public static final String COMMITMENT_CHECK = "admin.item.commitmentAllowed";
    public static final String POST_CHECK_SPINNER = "admin.item.postCheckWorkingDays";
    public static final String SEAL_OWNER_FIELD = "admin.item.sealOwner";
    public static final String GENUINE_INTENT_CHECK = "admin.item.askGenuineIntent";
    /** Large enough to type a wrong period (400) and see the rule's message, small enough to be a number of days. */
    private static final int SPINNER_MAX = 9_999;

    /** Creates the tab on the editor's binder. */
    public IntakeRulesTab(Messages messages, DraftBinder binder, ItemEditorPresenter presenter) {
        JComboBox<RiskCategory> risk = Widgets.named(new JComboBox<>(RiskCategory.values()), RISK_COMBO);
        risk.setRenderer(new EnumRenderer<RiskCategory>(RiskCategory::label));
        JCheckBox deferral = Widgets.named(new JCheckBox(messages.text("admin.field.deferralAllowed.check")),
                DEFERRAL_CHECK);
        JCheckBox commitment = Widgets.named(new JCheckBox(messages.text("admin.field.commitmentAllowed.check")),
                COMMITMENT_CHECK);
        JSpinner postCheck = Widgets.named(new JSpinner(new SpinnerNumberModel(ServiceItem.DEFAULT_POST_CHECK_DAYS, 0,
                SPINNER_MAX, 1)), POST_CHECK_SPINNER);
        JTextField sealOwner = Widgets.named(new JTextField(), SEAL_OWNER_FIELD);
        JCheckBox intent = Widgets.named(new JCheckBox(messages.text("admin.field.askGenuineIntent.check")),
                GENUINE_INTENT_CHECK);

        section(messages.text("admin.section.deferral"));
        row(messages.text("admin.field.riskCategory"), risk);
        hint(messages.text("admin.hint.riskCategory"));
        row(messages.text("admin.field.deferralAllowed"), deferral);
        hint(messages.text("admin.hint.deferral"));
        section(messages.text("admin.section.commitment"));
        row(messages.text("admin.field.commitmentAllowed"), commitment);
        row(messages.text("admin.field.postCheckWorkingDays"), pair(postCheck,
                new JLabel(messages.text("admin.field.postCheckWorkingDays.unit"))));
        hint(messages.text("admin.hint.postCheckWorkingDays", ServiceItemRules.MAX_POST_CHECK_DAYS));
        section(messages.text("admin.section.documents"));
        row(messages.text("admin.field.sealOwner"), sealOwner);
        hint(messages.text("admin.hint.sealOwner"));
        row(messages.text("admin.field.askGenuineIntent"), intent);
        hint(messages.text("admin.hint.askGenuineIntent"));
        fill();

        binder.combo(risk, "riskCategory", d -> d.riskCategory, (d, v) -> d.riskCategory = v);
        binder.check(deferral, "deferralAllowed", d -> d.deferralAllowed, (d, v) -> d.deferralAllowed = v);
        binder.check(commitment, "commitmentAllowed", d -> d.commitmentAllowed, (d, v) -> d.commitmentAllowed = v);
        // shown as the item will have it: no period of its own means the default 60 working days
        binder.spinner(postCheck, "postCheckWorkingDays", d -> d.postCheckWorkingDays == null
                ? ServiceItem.DEFAULT_POST_CHECK_DAYS : d.postCheckWorkingDays,
                (d, v) -> d.postCheckWorkingDays = v.intValue());
        binder.text(sealOwner, "sealOwner", d -> d.sealOwner == null ? "" : d.sealOwner, (d, v) -> d.sealOwner = v);
        binder.check(intent, "askGenuineIntent", d -> d.askGenuineIntent, (d, v) -> d.askGenuineIntent = v);
        binder.onSync(() -> {
            // the period of an item without 告知承诺 is not part of the item (ItemDraft#toItem), so it is not editable
            postCheck.setEnabled(commitment.isSelected());
            String department = ItemDraft.orNull(presenter.draft().department);
            sealOwner.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text(
                    "admin.placeholder.sealOwner", department == null ? "—" : department));
        });
    }

    private static JPanel pair(Component a, Component b) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        a.setPreferredSize(new Dimension(110, a.getPreferredSize().height));
        p.add(a);
        p.add(Box.createHorizontalStrut(8));
        p.add(b);
        return p;
    }
}
