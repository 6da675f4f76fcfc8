package org.yichuang.client.identity.ui;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 重试: enabled while the card state allows it. */
public final class RetryCardReadAction extends YichuangAction {
    private final CardReadingPresenter cards;

    /** Follows {@code cards}' state. */
    public RetryCardReadAction(Messages messages, CardReadingPresenter cards) {
        super(messages);
        this.cards = cards;
        cards.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (isEnabled()) {
            cards.read();
        }
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(cards.state().canRetry());
    }
}
