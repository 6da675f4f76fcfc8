package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import javax.swing.Action;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 暂停服务 / 恢复服务 (Shift+F7): one key that toggles; its name says what pressing it does now. */
final class PauseCounterAction extends YichuangAction {
    private final CounterPresenter counter;
    private final Messages messages;

    PauseCounterAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        this.messages = messages;
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        counter.togglePause();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().loaded() && !counter.state().busy());
        putValue(Action.NAME, messages.text(counter.state().paused() ? "counter.resume" : "counter.pause"));
    }
}
