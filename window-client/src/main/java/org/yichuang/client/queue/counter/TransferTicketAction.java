package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.client.ui.YichuangAction;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.api.queue.TransferRequest;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;

/**
 * 转移 (Shift+F6): the clerk picks another open category or another counter that serves the ticket's category; the
 * ticket keeps its number.
 */
final class TransferTicketAction extends YichuangAction {
    private final CounterPresenter counter;
    private final Messages messages;
    private final UserPrompts prompts;

    TransferTicketAction(Messages messages, CounterPresenter counter, UserPrompts prompts) {
        super(messages);
        this.counter = counter;
        this.messages = messages;
        this.prompts = prompts;
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (!counter.state().currentActive()) {
            return;
        }
        Map<String, TransferRequest> targets = targets(counter.state().settings(), counter.state().current(),
                counter.state().queue().counterNo());
        if (targets.isEmpty()) {
            prompts.inform(messages.text("counter.transfer.title"), messages.text("counter.transfer.none"));
            return;
        }
        List<String> choices = new ArrayList<>(targets.keySet());
        prompts.choose(messages.text("counter.transfer.title"),
                messages.text("counter.transfer.message", counter.state().current().number()), choices,
                choices.get(0)).map(targets::get).ifPresent(counter::transfer);
    }

    /** The choices as shown (业务类别：… first, then 窗口), each with its request. */
    Map<String, TransferRequest> targets(QueueSettings settings, TicketView ticket, int myCounter) {
        Map<String, TransferRequest> targets = new LinkedHashMap<>();
        if (settings == null) {
            return targets;
        }
        for (QueueCategory c : settings.categories()) {
            if (c.active() && !c.code().equals(ticket.categoryCode())) {
                targets.put(messages.text("counter.transfer.category", c.name()), new TransferRequest(c.code(), null));
            }
        }
        settings.assignments().stream()
                .filter(a -> a.categoryCode().equals(ticket.categoryCode()) && a.counterNo() != myCounter)
                .map(CounterAssignment::counterNo).distinct().sorted()
                .forEach(n -> targets.put(messages.text("counter.transfer.counter", n), new TransferRequest(null, n)));
        return targets;
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().currentActive());
    }
}
