package org.yichuang.client.admin.item.clock;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Removes the selected 环节时限 row (删除环节). */
public final class RemoveStepLimitAction extends YichuangAction {
    private final StepLimitsPresenter steps;

    public RemoveStepLimitAction(Messages messages, StepLimitsPresenter steps) {
        super(messages);
        this.steps = steps;
        steps.addPropertyChangeListener(e -> updateEnabledState());
        steps.editor().addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        steps.remove();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(steps.canRemove());
    }
}
