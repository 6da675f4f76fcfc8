package org.yichuang.client.cases;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 上一页: shows the previous page of the case list (Alt+←). */
public final class PreviousPageAction extends YichuangAction {
    private final CaseListPresenter cases;

    /** Creates the action for {@code cases}; enabled while there is a page before the one shown. */
    public PreviousPageAction(Messages messages, CaseListPresenter cases) {
        super(messages);
        this.cases = cases;
        cases.addPropertyChangeListener(CaseListPresenter.Property.STATE, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        cases.previousPage();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(cases.state().hasPrevious());
    }
}
