package org.yichuang.client.queue.settings;

import java.awt.event.ActionEvent;
import java.util.function.IntSupplier;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 保存叫号设置 (Ctrl+S): sent whole with the version it was based on. */
public final class SaveQueueSettingsAction extends YichuangAction {
    private final QueueSettingsPresenter presenter;
    private final IntSupplier selected;
    private Runnable beforeSave = () -> { };

    /** Creates the action; {@code selected} gives the selected table row (-1 for none) where the command needs one. */
    public SaveQueueSettingsAction(Messages messages, QueueSettingsPresenter presenter, IntSupplier selected) {
        super(messages);
        this.presenter = presenter;
        this.selected = selected;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    /**
     * Runs {@code flush} before each save: the page commits what is typed but not yet taken (a table cell in edit, the
     * time field), since a click on 保存 may act before the field's focus-lost.
     */
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
