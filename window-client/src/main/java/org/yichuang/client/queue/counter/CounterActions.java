package org.yichuang.client.queue.counter;

import java.util.List;
import javax.swing.Action;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;

/** The counter panel's commands, one {@link Action} each. */
public record CounterActions(CallNextTicketAction callNext, CallTicketNumberAction callNumber,
        RecallTicketAction recall, StartServingAction start, FinishTicketAction finish, MarkMissedAction missed,
        HoldTicketAction hold, TransferTicketAction transfer, PauseCounterAction pause) {

    /** Creates every action of {@code counter}. */
    public static CounterActions create(Messages messages, CounterPresenter counter, UserPrompts prompts) {
        return new CounterActions(new CallNextTicketAction(messages, counter),
                new CallTicketNumberAction(messages, counter), new RecallTicketAction(messages, counter),
                new StartServingAction(messages, counter), new FinishTicketAction(messages, counter),
                new MarkMissedAction(messages, counter), new HoldTicketAction(messages, counter),
                new TransferTicketAction(messages, counter, prompts), new PauseCounterAction(messages, counter));
    }

    /** Every action, in the bar's order. */
    public List<Action> all() {
        return List.of(callNext, callNumber, recall, start, finish, missed, hold, transfer, pause);
    }
}
