package org.yichuang.client.admin.item.clock;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Adds a 环节时限 row (添加环节) after the selected one. */
public final class AddStepLimitAction extends YichuangAction {
    private final StepLimitsPresenter steps;

    public AddStepLimitAction(Messages messages, StepLimitsPresenter steps) {
        super(messages);
        this.steps = steps;
        steps.addPropertyChangeListener(e -> updateEnabledState());
        steps.editor().addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        steps.add();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(steps.canAdd());
    }
}
