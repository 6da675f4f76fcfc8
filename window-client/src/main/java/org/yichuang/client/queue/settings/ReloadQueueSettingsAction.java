package org.yichuang.client.queue.settings;

import java.awt.event.ActionEvent;
import java.util.function.IntSupplier;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 重新载入: the stored settings again, after asking when edits would be lost. */
public final class ReloadQueueSettingsAction extends YichuangAction {
    private final QueueSettingsPresenter presenter;
    private final IntSupplier selected;

    /** Creates the action; {@code selected} gives the selected table row (-1 for none) where the command needs one. */
    public ReloadQueueSettingsAction(Messages messages, QueueSettingsPresenter presenter, IntSupplier selected) {
        super(messages);
        this.presenter = presenter;
        this.selected = selected;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.reload();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!presenter.state().busy());
    }
}
