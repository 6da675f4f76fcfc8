package org.yichuang.client.queue.settings;

import java.awt.event.ActionEvent;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 选择事项… : opens the item picker for the selected category's served items. */
public final class PickQueueItemsAction extends YichuangAction {
    private final QueueSettingsPresenter presenter;
    private final IntSupplier selected;
    private final IntConsumer open;

    /** Creates the action; {@code selected} gives the selected category row, {@code open} shows the picker for it. */
    public PickQueueItemsAction(Messages messages, QueueSettingsPresenter presenter, IntSupplier selected,
            IntConsumer open) {
        super(messages);
        this.presenter = presenter;
        this.selected = selected;
        this.open = open;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        int row = selected.getAsInt();
        if (row < 0 && presenter.state().draft() != null && !presenter.state().draft().categories().isEmpty()) {
            row = 0;   // nothing selected: the first category, as the clerk's usual single-category hall has
        }
        if (row >= 0) {
            open.accept(row);
        }
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.state().loadedOnce() && !presenter.state().busy());
    }
}
