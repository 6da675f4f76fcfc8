package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import javax.swing.Action;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/**
 * 过号 (Shift+F4): enabled only once the hall's rule allows it (calls and wait, core's MissedCallPolicy); until then
 * its tooltip says what is still missing.
 */
final class MarkMissedAction extends YichuangAction {
    private final CounterPresenter counter;
    private final String baseTooltip;

    MarkMissedAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        this.baseTooltip = (String) getValue(Action.SHORT_DESCRIPTION);
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        counter.markMissed();
    }

    @Override
    protected void updateEnabledState() {
        boolean allowed = counter.state().mayMarkMissed();
        setEnabled(allowed);
        String why = allowed ? null : counter.missedBlockedReason();
        putValue(Action.SHORT_DESCRIPTION, why == null ? baseTooltip : why);
    }
}
