package org.yichuang.client.identity.ui;

import java.beans.PropertyChangeListener;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Supplier;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.settings.ExpiredCardPolicy;
import org.yichuang.client.identity.settings.ReaderSettings;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.IdentityReadNotice;

/**
 * Reading the applicant's card on the intake screen (读取证件): F2 reads once, 放卡即读 polls the reader while the
 * screen is shown; the card fills the form through {@link CardForm}, after the expiry check of the counter's settings,
 * and the read is audited (kind only). The state is one immutable {@link CardReadingState}.
 *
 * <p>Reads go through the background funnel's {@link BackgroundTasks#submitWaiting}: a read mostly waits for the
 * applicant to place a card, and 放卡即读 waits for as long as the screen is open. Counted as busy, that would disable
 * 受理 and show the busy indicator all day; the clerk sees the read's progress in the card line instead, and the
 * audit notice (an HTTP call) is an ordinary, counted task.
 *
 * <p>The card itself (and its photo, if a decoder gave one) is held only while a field still shows what it said:
 * typing over both fields or the form being cleared for the next applicant drops it.
 */
public final class CardReadingPresenter extends ObservableModel<CardReadingPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    /** A requested read first looks for a card this long (正在读取…), then waits (请放置证件…). */
    static final Duration FIRST_LOOK = Duration.ofMillis(700);
    /** While the card just read is still on the reader, 放卡即读 looks again this often. */
    static final Duration STILL_THERE_PAUSE = Duration.ofMillis(500);
    /** How long a requested read waits for a card in all. */
    static final Duration REQUEST_WAIT = Duration.ofSeconds(30);
    /** One poll of 放卡即读: short, so settings changes and hiding the screen take effect soon. */
    static final Duration POLL_SLICE = Duration.ofMillis(1500);

    private final CardForm form;
    private final ReaderConnection connection;
    private final BackgroundTasks tasks;
    private final HallApi api;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final PropertyChangeListener formListener = e -> formChanged();
    private CardReadingState state;
    private IdentityCard card;
    private BackgroundTasks.TaskHandle requested;
    private BackgroundTasks.TaskHandle poll;
    /**
     * A digest of the last card that filled the form, until the reader has been seen empty: a PC/SC card stays in its
     * slot and reads again and again, and 放卡即读 must not fill the form (and audit) once per poll, nor refill a form
     * just cleared for the next applicant. A SAM reader says so itself (ALREADY_READ); F2 always reads.
     */
    private Integer lastCardDigest;
    private boolean shown;
    private boolean disposed;
    private long lastReadNanos;
    private long lastReturnNanos;

    /**
     * Reads into {@code form} through {@code connection}.
     *
     * @param today the hall's date, for the expiry check
     */
    public CardReadingPresenter(CardForm form, ReaderConnection connection, BackgroundTasks tasks, HallApi api,
            Messages messages, Supplier<LocalDate> today) {
        this.form = form;
        this.connection = connection;
        this.tasks = tasks;
        this.api = api;
        this.messages = messages;
        this.today = today;
        this.state = idleState();
        form.addPropertyChangeListener(formListener);
    }

    /** Returns the current state. */
    public CardReadingState state() {
        return state;
    }

    /** Returns the settings in use. */
    public ReaderSettings settings() {
        return connection.settings();
    }

    /** Returns the connection (for the latency figure). */
    public ReaderConnection connection() {
        return connection;
    }

    /** How long the last successful read took inside the reader, in ns (for the figure). */
    public long lastReadNanos() {
        return lastReadNanos;
    }

    /** When ({@link System#nanoTime()}) the last successful read returned on its worker thread (for the figure). */
    public long lastReturnNanos() {
        return lastReturnNanos;
    }

    /** Whether the card that filled the form last has not yet been seen leaving the reader (for benchmarks). */
    boolean lastCardStillThere() {
        return lastCardDigest != null;
    }

    /** Reads a card now (F2, 重试): looks for one, then waits up to 30 s for it; Esc cancels. */
    public void read() {
        if (!state.canRead() || disposed) {
            return;
        }
        stopPolling();
        dropCard();
        set(state.cleared(CardReadingState.Phase.READING, messages.text("card.reading")));
        requested = tasks.submitWaiting(() -> timedRead(FIRST_LOOK), this::cardRead, failure -> {
            if (failure instanceof CardReadException e && e.reason() == CardReadException.Reason.NO_CARD) {
                set(state.with(CardReadingState.Phase.WAITING, messages.text("card.waiting")));
                requested = tasks.submitWaiting(() -> timedRead(REQUEST_WAIT.minus(FIRST_LOOK)), this::cardRead,
                        this::requestFailed);
            } else {
                requestFailed(failure);
            }
        });
    }

    /** Ends a requested read (Esc, 取消读卡); the form is left as it was. */
    public void cancel() {
        if (!state.isReading()) {
            return;
        }
        if (requested != null) {
            requested.cancel();
            requested = null;
        }
        connection.cancel();
        set(state.with(CardReadingState.Phase.READY, messages.text("card.cancelled")));
        startPollingIfWanted();
    }

    /** The intake screen was shown or hidden: 放卡即读 polls only while it shows. */
    public void setShown(boolean value) {
        shown = value;
        if (shown) {
            startPollingIfWanted();
        } else {
            stopPolling();
        }
    }

    /** Uses new settings (saved in 读卡器设置): the old reader is closed, 放卡即读 restarts if wanted. */
    public void apply(ReaderSettings settings) {
        pause();
        connection.reconfigure(settings);
        dropCard();
        lastCardDigest = null;
        set(idleState());
        startPollingIfWanted();
    }

    /** Stops every read and releases the reader (the settings dialog's 测试读卡 needs the port). */
    public void pause() {
        if (requested != null) {
            requested.cancel();
            requested = null;
        }
        stopPolling();
        connection.reconfigure(connection.settings());
        if (state.isReading()) {
            set(state.with(CardReadingState.Phase.READY, messages.text("card.cancelled")));
        }
    }

    /** Stops reading and closes the reader; the session ends. */
    public void dispose() {
        disposed = true;
        pause();
        connection.close();
        form.removePropertyChangeListener(formListener);
        dropCard();
    }

    private IdentityCard timedRead(Duration timeout) throws CardReadException {
        long start = System.nanoTime();
        IdentityCard result = connection.read(timeout);
        long end = System.nanoTime();
        lastReadNanos = end - start;
        lastReturnNanos = end;
        return result;
    }

    private void requestFailed(Throwable failure) {
        requested = null;
        if (failure instanceof CardReadException e) {
            switch (e.reason()) {
                case CANCELLED -> {
                    set(state.with(CardReadingState.Phase.READY, messages.text("card.cancelled")));
                    startPollingIfWanted();
                }
                case NO_CARD -> set(state.with(CardReadingState.Phase.FAILED,
                        messages.text("card.noCardInTime", REQUEST_WAIT.toSeconds())));
                default -> set(state.with(CardReadingState.Phase.FAILED, e.getMessage()));
            }
        } else {
            set(state.with(CardReadingState.Phase.FAILED, messages.text("card.unexpected")));
        }
    }

    private void cardRead(IdentityCard read) {
        requested = null;
        poll = null;
        if (disposed) {
            return;
        }
        LocalDate now = today.get();
        boolean expired = read.expiredOn(now);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.text("card.datePattern"), messages.locale());
        String until = read.validUntil() == null ? "" : date.format(read.validUntil());
        if (expired && connection.settings().expiredPolicy() == ExpiredCardPolicy.BLOCK) {
            set(state.cleared(CardReadingState.Phase.FAILED, messages.text("card.expired.blocked",
                    read.cardKind().label(), until)));
            return;
        }
        String refused = form.fillFromCard(read);
        if (refused != null) {
            set(state.cleared(CardReadingState.Phase.FAILED, refused));
            return;
        }
        card = read;
        lastCardDigest = digest(read);
        set(expired
                ? state.filled(CardReadingState.Phase.FILLED_WITH_WARNING,
                        messages.text("card.expired.warning", read.cardKind().label(), until), read.cardKind())
                : state.filled(CardReadingState.Phase.FILLED, messages.text("card.filled", read.cardKind().label()),
                        read.cardKind()));
        audit(read);
        startPollingIfWanted();
    }

    /** Writes "card read at this counter (kind)" to the server's audit log; a failure is shown, the form stays. */
    private void audit(IdentityCard read) {
        IdentityReadNotice notice = new IdentityReadNotice(read.cardKind().name());
        tasks.submit(() -> {
            api.recordIdentityRead(notice);
            return Boolean.TRUE;
        }, ok -> { }, failure -> set(state.withAuditProblem(
                messages.text("card.auditFailed", messages.errorMessage(failure)))));
    }

    private void startPollingIfWanted() {
        ReaderSettings s = connection.settings();
        if (disposed || !shown || poll != null || state.isReading() || state.phase() == CardReadingState.Phase.FAILED
                || !s.usesReader() || !s.readOnInsert()) {
            return;
        }
        boolean stillThere = lastCardDigest != null;
        poll = tasks.submitWaiting(() -> {
            if (stillThere) {
                Thread.sleep(STILL_THERE_PAUSE.toMillis());   // interrupted by cancel
            }
            return timedRead(POLL_SLICE);
        }, this::polled, this::pollFailed);
    }

    private void polled(IdentityCard read) {
        if (lastCardDigest != null && lastCardDigest == digest(read)) {
            poll = null;
            startPollingIfWanted();   // the same card, still on the reader: already handled
            return;
        }
        cardRead(read);
    }

    private static int digest(IdentityCard read) {
        return Objects.hash(read.cardKind(), read.number());
    }

    private void pollFailed(Throwable failure) {
        poll = null;
        if (failure instanceof CardReadException e) {
            switch (e.reason()) {
                // nothing placed yet, or the card just read still lies there: keep looking
                case NO_CARD -> {
                    lastCardDigest = null;   // the reader is empty: the next card is a new one, even the same card
                    startPollingIfWanted();
                }
                case ALREADY_READ, TIMEOUT -> startPollingIfWanted();
                case CANCELLED -> { }
                // a card pulled out, a reader unplugged...: say so and stop until 重试, or the error would flicker
                default -> set(state.cleared(CardReadingState.Phase.FAILED, e.getMessage()));
            }
        } else {
            set(state.cleared(CardReadingState.Phase.FAILED, messages.text("card.unexpected")));
        }
    }

    private void stopPolling() {
        if (poll != null) {
            poll.cancel();
            poll = null;
            connection.cancel();
        }
    }

    private void formChanged() {
        if (card == null) {
            return;
        }
        boolean name = state.nameFromCard() && Objects.equals(form.cardName(), card.name());
        boolean number = state.numberFromCard() && sameNumber(form.cardNumber(), card.number());
        if (!name && !number) {
            // typed over, or cleared for the next applicant: nothing of this card stays on screen or in memory
            dropCard();
            set(idleState());
            startPollingIfWanted();
        } else {
            set(state.marks(name, number));
        }
    }

    private static boolean sameNumber(String field, String read) {
        return field != null && field.strip().equalsIgnoreCase(read);
    }

    private void dropCard() {
        card = null;
    }

    private CardReadingState idleState() {
        ReaderSettings s = connection.settings();
        if (!s.usesReader()) {
            return CardReadingState.initial(false, messages.text("card.noReader"));
        }
        return CardReadingState.initial(true, messages.text(s.readOnInsert() ? "card.readyOnInsert" : "card.ready"));
    }

    private void set(CardReadingState value) {
        CardReadingState old = state;
        state = value;
        fire(Property.STATE, old, state);
    }
}
