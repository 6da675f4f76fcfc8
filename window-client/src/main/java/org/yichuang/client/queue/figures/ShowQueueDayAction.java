package org.yichuang.client.queue.figures;

import java.awt.event.ActionEvent;
import java.util.function.Supplier;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 查询: the figures of the day typed in the date field (Enter there). */
public final class ShowQueueDayAction extends YichuangAction {
    private final QueueFiguresPresenter presenter;
    private final Supplier<String> typed;

    /** Creates the action; {@code typed} gives the date field's text. */
    public ShowQueueDayAction(Messages messages, QueueFiguresPresenter presenter, Supplier<String> typed) {
        super(messages);
        this.presenter = presenter;
        this.typed = typed;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.showTyped(typed.get());
    }
}
