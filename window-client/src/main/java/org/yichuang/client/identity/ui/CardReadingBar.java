package org.yichuang.client.identity.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.yichuang.client.ui.Forms;

/**
 * The intake screen's card line (读卡): what reading is doing or why it failed, with 读取证件 (F2), 取消读卡 while a
 * read runs and 重试 after a failure. Shows the kind of card only, never what it said.
 */
public final class CardReadingBar extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "card.bar";
    public static final String STATUS_LABEL = "card.status";
    public static final String AUDIT_LABEL = "card.audit";
    public static final String READ_BUTTON = "card.read";
    public static final String CANCEL_BUTTON = "card.cancel";
    public static final String RETRY_BUTTON = "card.retry";

    private final CardReadingPresenter cards;
    private final JLabel status = new JLabel(" ");
    private final JLabel audit = new JLabel(" ");
    private final JButton read;
    private final JButton cancel;
    private final JButton retry;

    /** Builds the line bound to {@code cards} and its actions. */
    public CardReadingBar(CardReadingPresenter cards, ReadCardAction readAction, CancelCardReadAction cancelAction,
            RetryCardReadAction retryAction) {
        super(new BorderLayout(8, 2));
        this.cards = cards;
        setName(NAME);
        status.setName(STATUS_LABEL);
        audit.setName(AUDIT_LABEL);
        read = new JButton(readAction);
        read.setName(READ_BUTTON);
        cancel = new JButton(cancelAction);
        cancel.setName(CANCEL_BUTTON);
        retry = new JButton(retryAction);
        retry.setName(RETRY_BUTTON);
        // the buttons must not take the focus from the form: F2 and Esc work from any field
        for (JButton b : new JButton[] {read, cancel, retry}) {
            b.setFocusable(false);
        }
        Forms.styled(audit, "small");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
        buttons.add(retry);
        buttons.add(cancel);
        buttons.add(read);
        JPanel texts = new JPanel(new BorderLayout(0, 2));
        texts.add(status, BorderLayout.CENTER);
        texts.add(audit, BorderLayout.PAGE_END);
        add(texts, BorderLayout.CENTER);
        add(buttons, BorderLayout.LINE_END);
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(0, 0, 8, 0)));
        cards.addPropertyChangeListener(e -> showState(cards.state()));
        showState(cards.state());
    }

    private void showState(CardReadingState s) {
        switch (s.phase()) {
            case FAILED -> Forms.showError(status, s.message());
            case FILLED_WITH_WARNING -> {
                Forms.showError(status, s.message());
                status.setForeground(Forms.color("Yichuang.warning.foreground"));
            }
            default -> {
                Forms.showError(status, null);
                status.setText(s.message().isEmpty() ? " " : s.message());
                status.setForeground(s.phase() == CardReadingState.Phase.FILLED
                        ? Forms.color("Yichuang.success.foreground") : Forms.color("Label.foreground"));
            }
        }
        status.setToolTipText(s.message().isEmpty() ? null : s.message());
        if (s.auditProblem() == null) {
            Forms.showError(audit, null);
            audit.setText(" ");
        } else {
            Forms.showError(audit, s.auditProblem());
        }
        read.setVisible(s.phase() != CardReadingState.Phase.NO_READER && !s.isReading() && !s.canRetry());
        cancel.setVisible(s.isReading());
        retry.setVisible(s.canRetry());
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (cards != null) {
            showState(cards.state());
        }
    }
}
