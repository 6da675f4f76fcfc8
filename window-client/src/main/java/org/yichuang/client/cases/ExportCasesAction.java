package org.yichuang.client.cases;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 导出 Excel: saves the cases matching the filters as the server's .xlsx (supervisors). */
public final class ExportCasesAction extends YichuangAction {
    private final CaseListPresenter cases;

    /** Creates the action for {@code cases}; enabled when the list is idle. */
    public ExportCasesAction(Messages messages, CaseListPresenter cases) {
        super(messages);
        this.cases = cases;
        cases.addPropertyChangeListener(CaseListPresenter.Property.BUSY, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        cases.export();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(cases.isSupervisor() && !cases.isBusy());
    }
}
