package org.yichuang.client.admin.hall;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 重新载入: the stored settings again, after asking when edits would be lost. */
public final class ReloadHallSettingsAction extends YichuangAction {
    private final HallSettingsPresenter presenter;

    /** Creates the action. */
    public ReloadHallSettingsAction(Messages messages, HallSettingsPresenter presenter) {
        super(messages);
        this.presenter = presenter;
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
