package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/**
 * 指定叫号 (Shift+F1): calls the number typed or scanned into the panel's number field; with the field empty it puts
 * the keyboard there first (type, then Enter or Shift+F1 again).
 */
final class CallTicketNumberAction extends YichuangAction {
    /** The number field of the panel. */
    interface NumberField {
        /** The text typed or scanned. */
        String text();

        /** Puts the keyboard in the field. */
        void focus();
    }

    private final CounterPresenter counter;
    private NumberField field;

    CallTicketNumberAction(Messages messages, CounterPresenter counter) {
        super(messages);
        this.counter = counter;
        counter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    void setField(NumberField field) {
        this.field = field;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        String typed = field == null ? null : field.text();
        if (typed == null || typed.isBlank()) {
            if (field != null) {
                field.focus();
            }
            return;
        }
        counter.callNumber(typed);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(counter.state().mayCall());
    }
}
