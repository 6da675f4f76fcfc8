package org.yichuang.client.queue.settings;

import java.awt.event.ActionEvent;
import java.util.function.IntSupplier;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 删除窗口服务 (the selected row). */
public final class RemoveCounterAssignmentAction extends YichuangAction {
    private final QueueSettingsPresenter presenter;
    private final IntSupplier selected;

    /** Creates the action; {@code selected} gives the selected table row (-1 for none) where the command needs one. */
    public RemoveCounterAssignmentAction(Messages messages, QueueSettingsPresenter presenter, IntSupplier selected) {
        super(messages);
        this.presenter = presenter;
        this.selected = selected;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.removeAssignment(selected.getAsInt());
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.state().loadedOnce() && !presenter.state().busy());
    }
}
