package org.yichuang.client.admin.item.form;

import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.yichuang.client.admin.item.DraftBinder;
import org.yichuang.client.admin.widgets.FormGrid;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Messages;

/** Tab 咨询与监督: consulting and supervision phones, office hours and place (办理时间、地点). */
public final class ContactsTab extends FormGrid {
    public static final String CONSULT_FIELD = "admin.item.consultPhone";
    public static final String SUPERVISION_FIELD = "admin.item.supervisionPhone";

    public ContactsTab(Messages messages, DraftBinder binder) {
        JTextField consult = Widgets.named(new JTextField(), CONSULT_FIELD);
        JTextField supervision = Widgets.named(new JTextField(), SUPERVISION_FIELD);
        JTextArea hours = Widgets.named(new JTextArea(), "admin.item.officeHours");
        JTextArea place = Widgets.named(new JTextArea(), "admin.item.place");
        row(messages.text("admin.field.consultPhone"), consult);
        row(messages.text("admin.field.supervisionPhone"), supervision);
        hint(messages.text("admin.hint.phones"));
        row(messages.text("admin.field.officeHours"), area(hours, 2));
        row(messages.text("admin.field.place"), area(place, 2));
        fill();
        binder.text(consult, "contacts.consultPhone", d -> d.consultPhone, (d, v) -> d.consultPhone = v);
        binder.text(supervision, "contacts.supervisionPhone", d -> d.supervisionPhone,
                (d, v) -> d.supervisionPhone = v);
        binder.text(hours, "contacts.officeHours", d -> d.officeHours, (d, v) -> d.officeHours = v);
        binder.text(place, "contacts.place", d -> d.place, (d, v) -> d.place = v);
    }
}
