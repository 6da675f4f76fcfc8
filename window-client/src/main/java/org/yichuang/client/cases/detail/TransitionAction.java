package org.yichuang.client.cases.detail;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;
import org.yichuang.core.cases.CaseAction;

/**
 * One transition button of the case detail; enabled only when the server says the caller may take it now and
 * nothing else runs. Each press sends a fresh idempotency key.
 */
public abstract class TransitionAction extends YichuangAction {
    private final CaseDetailPresenter presenter;
    private final CaseAction code;

    /** Creates the action for {@code code}. */
    protected TransitionAction(Messages messages, CaseDetailPresenter presenter, CaseAction code) {
        super(messages);
        this.presenter = presenter;
        this.code = code;
        presenter.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    /** Returns the action, e.g. {@link CaseAction#ACCEPT}. */
    public CaseAction code() {
        return code;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.take(code);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canTake(code));
    }

    /** 受理: accepts the application (许可法 Art. 32(5)); the clocks start. */
    public static final class AcceptCaseAction extends TransitionAction {
        /** Creates the action. */
        public AcceptCaseAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.ACCEPT);
        }
    }

    /** 开始审查: the back office starts the review. */
    public static final class StartReviewAction extends TransitionAction {
        /** Creates the action. */
        public StartReviewAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.START_REVIEW);
        }
    }

    /** 暂停计时（特别程序）: stops the clock for a special procedure (Art. 45) with kind, reason and first day. */
    public static final class SuspendClockAction extends TransitionAction {
        /** Creates the action. */
        public SuspendClockAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.START_SPECIAL_PROCEDURE);
        }
    }

    /** 恢复计时: ends the running suspension on the given day. */
    public static final class ResumeClockAction extends TransitionAction {
        /** Creates the action. */
        public ResumeClockAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.END_SPECIAL_PROCEDURE);
        }
    }

    /** 延期: extends the statutory limit (Art. 42) with the approving 负责人 and the reason. */
    public static final class ExtendDeadlineAction extends TransitionAction {
        /** Creates the action. */
        public ExtendDeadlineAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.EXTEND);
        }
    }

    /** 批准: grants the licence. */
    public static final class ApproveCaseAction extends TransitionAction {
        /** Creates the action. */
        public ApproveCaseAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.APPROVE);
        }
    }

    /** 不予批准: refuses with written reasons (Art. 38). */
    public static final class RefuseCaseAction extends TransitionAction {
        /** Creates the action. */
        public RefuseCaseAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.REFUSE);
        }
    }

    /** 送达: the result was delivered to the applicant (Art. 44). */
    public static final class DeliverCaseAction extends TransitionAction {
        /** Creates the action. */
        public DeliverCaseAction(Messages messages, CaseDetailPresenter presenter) {
            super(messages, presenter, CaseAction.DELIVER);
        }
    }

    /**
     * Any other transition the server offers (补正告知, 撤回, ...): labelled with the server's Chinese label, so
     * every step the caller may take has a button.
     */
    public static final class OtherTransitionAction extends TransitionAction {
        /** Creates the action for {@code code} labelled {@code label}. */
        public OtherTransitionAction(Messages messages, CaseDetailPresenter presenter, CaseAction code, String label) {
            super(messages, presenter, code);
            putValue(NAME, label);
        }
    }
}
