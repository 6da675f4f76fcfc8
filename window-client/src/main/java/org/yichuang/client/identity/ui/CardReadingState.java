package org.yichuang.client.identity.ui;

import org.yichuang.client.identity.CardKind;

/**
 * What the intake screen's card line shows (读卡状态): never card data, only the phase, a Chinese sentence, the kind
 * of card and which fields still hold what the card said.
 *
 * @param phase          where reading stands
 * @param message        the sentence of the status line ("" when there is nothing to say)
 * @param cardKind       the kind of the card that filled the form, or null
 * @param nameFromCard   whether 姓名 still holds the card's name (the 读卡 mark)
 * @param numberFromCard whether the number field still holds the card's number
 * @param auditProblem   why the read could not be written to the audit log, or null
 */
public record CardReadingState(Phase phase, String message, CardKind cardKind, boolean nameFromCard,
        boolean numberFromCard, String auditProblem) {

    /** Where reading stands. */
    public enum Phase {
        /** No reader configured for this counter. */
        NO_READER,
        /** A reader is there and nothing is being read by request (放卡即读 may be polling). */
        READY,
        /** A requested read waits for a card (请放置证件…). */
        WAITING,
        /** A requested read is under way (正在读取…). */
        READING,
        /** The card filled the form. */
        FILLED,
        /** The card filled the form, with a warning (expired card). */
        FILLED_WITH_WARNING,
        /** The read or the card was refused; nothing was filled; 重试 reads again. */
        FAILED
    }

    /** The state before any read. */
    static CardReadingState initial(boolean reader, String message) {
        return new CardReadingState(reader ? Phase.READY : Phase.NO_READER, message, null, false, false, null);
    }

    /** Whether a requested read is waiting or reading (Esc / 取消读卡 ends it). */
    public boolean isReading() {
        return phase == Phase.WAITING || phase == Phase.READING;
    }

    /** Whether 重试 is offered. */
    public boolean canRetry() {
        return phase == Phase.FAILED;
    }

    /** Whether F2 can start a read. */
    public boolean canRead() {
        return phase != Phase.NO_READER && !isReading();
    }

    CardReadingState with(Phase newPhase, String newMessage) {
        return new CardReadingState(newPhase, newMessage, cardKind, nameFromCard, numberFromCard, auditProblem);
    }

    CardReadingState filled(Phase newPhase, String newMessage, CardKind kind) {
        return new CardReadingState(newPhase, newMessage, kind, true, true, null);
    }

    CardReadingState marks(boolean name, boolean number) {
        return new CardReadingState(phase, message, cardKind, name, number, auditProblem);
    }

    CardReadingState withAuditProblem(String problem) {
        return new CardReadingState(phase, message, cardKind, nameFromCard, numberFromCard, problem);
    }

    CardReadingState cleared(Phase newPhase, String newMessage) {
        return new CardReadingState(newPhase, newMessage, null, false, false, null);
    }
}
