package org.yichuang.client.admin.calendar;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Imports an official schedule (导入日历 CSV…): every problem listed by line, a changed published year asked about. */
public final class ImportCalendarAction extends YichuangAction {
    private final CalendarPresenter calendar;

    /** Creates the action on the 日历 page's presenter. */
    public ImportCalendarAction(Messages messages, CalendarPresenter calendar) {
        super(messages);
        this.calendar = calendar;
        calendar.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        calendar.chooseAndImport();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!calendar.state().importing());
    }
}
