package org.yichuang.client.cases;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 刷新: reloads the case list with the current filters. */
public final class RefreshCasesAction extends YichuangAction {
    private final CaseListPresenter cases;

    /** Creates the action for {@code cases}. */
    public RefreshCasesAction(Messages messages, CaseListPresenter cases) {
        super(messages);
        this.cases = cases;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        cases.reload();
    }
}
