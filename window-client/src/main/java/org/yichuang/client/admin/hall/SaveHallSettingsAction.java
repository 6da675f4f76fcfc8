package org.yichuang.client.admin.hall;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 保存大厅设置 (Ctrl+S): sent whole; the server checks it with core's rules. */
public final class SaveHallSettingsAction extends YichuangAction {
    private final HallSettingsPresenter presenter;
    private Runnable beforeSave = () -> { };

    /** Creates the action. */
    public SaveHallSettingsAction(Messages messages, HallSettingsPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    /** Runs {@code flush} before each save: the page commits a table cell still in edit. */
    public void setBeforeSave(Runnable flush) {
        beforeSave = flush;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        beforeSave.run();
        presenter.save();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.state().loadedOnce() && !presenter.state().busy());
    }
}
