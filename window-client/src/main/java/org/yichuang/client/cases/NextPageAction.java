package org.yichuang.client.cases;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 下一页: shows the next page of the case list (Alt+→). */
public final class NextPageAction extends YichuangAction {
    private final CaseListPresenter cases;

    /** Creates the action for {@code cases}; enabled while there is a page after the one shown. */
    public NextPageAction(Messages messages, CaseListPresenter cases) {
        super(messages);
        this.cases = cases;
        cases.addPropertyChangeListener(CaseListPresenter.Property.STATE, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        cases.nextPage();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(cases.state().hasNext());
    }
}
