package org.yichuang.client.admin.item.form;

import javax.swing.JComboBox;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.yichuang.client.admin.item.DraftBinder;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.widgets.EnumRenderer;
import org.yichuang.client.admin.widgets.FormGrid;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.catalog.ItemType;

/** Tab 基本信息: name, type, codes, implementing department, legal basis, conditions, steps, result. */
public final class BasicInfoTab extends FormGrid {
    public static final String NAME_FIELD = "admin.item.name";
    public static final String ALIASES_FIELD = "admin.item.aliases";
    public static final String TYPE_COMBO = "admin.item.itemType";
    public static final String BASE_CODE_FIELD = "admin.item.baseCode";
    public static final String CODE_FIELD = "admin.item.implementationCode";
    public static final String DEPARTMENT_FIELD = "admin.item.department";
    public static final String CREDIT_CODE_FIELD = "admin.item.departmentCreditCode";

    private final JTextField code = new JTextField();

    public BasicInfoTab(Messages messages, DraftBinder binder, ItemEditorPresenter presenter) {
        JTextField name = Widgets.named(new JTextField(), NAME_FIELD);
        JComboBox<ItemType> type = Widgets.named(new JComboBox<>(ItemType.values()), TYPE_COMBO);
        type.setRenderer(new EnumRenderer<ItemType>(t -> t.code() + " " + t.label()));
        JTextField baseCode = Forms.styled(Widgets.named(new JTextField(), BASE_CODE_FIELD), "monospaced");
        Forms.styled(Widgets.named(code, CODE_FIELD), "monospaced");
        JTextField department = Widgets.named(new JTextField(), DEPARTMENT_FIELD);
        JTextField creditCode = Forms.styled(Widgets.named(new JTextField(), CREDIT_CODE_FIELD), "monospaced");
        JTextArea legalBasis = new JTextArea();
        JTextArea conditions = new JTextArea();
        JTextArea steps = new JTextArea();
        JTextField result = new JTextField();
        JTextField aliases = Widgets.named(new JTextField(), ALIASES_FIELD);
        legalBasis.setName("admin.item.legalBasis");
        conditions.setName("admin.item.conditions");
        steps.setName("admin.item.processSteps");

        row(messages.text("admin.field.name"), name);
        row(messages.text("admin.field.aliases"), aliases);
        hint(messages.text("admin.hint.aliases"));
        row(messages.text("admin.field.itemType"), type);
        row(messages.text("admin.field.baseCode"), baseCode);
        hint(messages.text("admin.hint.baseCode"));
        row(messages.text("admin.field.implementationCode"), code);
        hint(messages.text("admin.hint.implementationCode"));
        row(messages.text("admin.field.department"), department);
        row(messages.text("admin.field.departmentCreditCode"), creditCode);
        row(messages.text("admin.field.legalBasis"), area(legalBasis, 3));
        row(messages.text("admin.field.conditions"), area(conditions, 3));
        row(messages.text("admin.field.processSteps"), area(steps, 4));
        hint(messages.text("admin.hint.processSteps"));
        row(messages.text("admin.field.resultName"), result);
        fill();

        binder.text(name, "name", d -> d.name, (d, v) -> d.name = v);
        binder.text(aliases, "aliases", d -> d.aliases, (d, v) -> d.aliases = v);
        binder.combo(type, "itemType", d -> d.itemType, (d, v) -> d.itemType = v);
        binder.text(baseCode, "baseCode", d -> d.baseCode, (d, v) -> d.baseCode = v);
        binder.text(code, "implementationCode", d -> d.implementationCode, (d, v) -> d.implementationCode = v);
        binder.text(department, "department", d -> d.department, (d, v) -> d.department = v);
        binder.text(creditCode, "departmentCreditCode", d -> d.departmentCreditCode,
                (d, v) -> d.departmentCreditCode = v);
        binder.text(legalBasis, "legalBasis", d -> d.legalBasis, (d, v) -> d.legalBasis = v);
        binder.text(conditions, "conditions", d -> d.conditions, (d, v) -> d.conditions = v);
        binder.text(steps, "processSteps", d -> d.processSteps, (d, v) -> d.processSteps = v);
        binder.text(result, "resultName", d -> d.resultName, (d, v) -> d.resultName = v);
        // the implementation code is the item's identity: a stored item keeps it (a new code is a new item, 复制事项)
        binder.onSync(() -> code.setEditable(presenter.isNew()));
    }
}
