package org.yichuang.client.identity.pcsc;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.IdentityReader;

/**
 * Reads a social-security card (社会保障卡) over PC/SC with javax.smartcardio (DEVICES.md §1.5): waits for a card on
 * the chosen terminal (or on any, taking the first with a card), takes it exclusively, selects SSSE and reads EF05
 * and EF06. The 社会保障号码 is the holder's GB 11643 number and is checked like a typed one.
 *
 * <p>Only status words, lengths, timings and PC/SC error constants are logged: never what the card said.
 */
public final class SocialSecurityCardReader implements IdentityReader {
    private static final Logger log = LoggerFactory.getLogger(SocialSecurityCardReader.class);
    /** How long one wait for a card lasts before checking for {@link #cancel()}: what "promptly" means. */
    static final Duration WAIT_SLICE = Duration.ofMillis(100);

    /** Gives the TerminalFactory for one read. */
    @FunctionalInterface
    public interface TerminalFactorySource {
        TerminalFactory get() throws NoSuchAlgorithmException;
    }

    private final TerminalFactorySource factories;
    private final String terminalName;
    private final Clock clock;
    private final BooleanSupplier forgetContext;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * A reader on the given factory.
     *
     * @param factories    the factory for each read; see {@link #pcsc(String, Clock)} for production
     * @param terminalName the terminal to use (as PC/SC names it), or null for the first one with a card
     * @param clock        today's date, for the number and date checks
     */
    public SocialSecurityCardReader(TerminalFactorySource factories, String terminalName, Clock clock) {
        this(factories, terminalName, clock, () -> false);
    }

    /**
     * As above, with a way to drop a PC/SC context the service no longer knows (see {@link PcscContextReset}):
     * called once when finding the reader fails that way, and the search is then tried again.
     */
    SocialSecurityCardReader(TerminalFactorySource factories, String terminalName, Clock clock,
            BooleanSupplier forgetContext) {
        this.factories = Objects.requireNonNull(factories, "factories");
        this.terminalName = terminalName == null || terminalName.isBlank() ? null : terminalName;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.forgetContext = Objects.requireNonNull(forgetContext, "forgetContext");
    }

    /**
     * The production reader: the system's PC/SC, asked afresh for each read. {@code TerminalFactory.getDefault()} is
     * fixed per JVM and stays empty ("None") when pcscd started after the client (DEVICES.md §2.2 Diagnosis), so a
     * clerk who starts the service and presses retry would still see no reader.
     */
    public static SocialSecurityCardReader pcsc(String terminalName, Clock clock) {
        return new SocialSecurityCardReader(() -> TerminalFactory.getInstance("PC/SC", null), terminalName, clock,
                PcscContextReset::forget);
    }

    @Override
    public String describe() {
        return terminalName == null ? "社保卡读卡器（PC/SC）" : "社保卡读卡器 " + terminalName;
    }

    @Override
    public IdentityCard read(Duration timeout) throws CardReadException {
        cancelled.set(false);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        CardTerminal terminal;
        try {
            terminal = awaitCard(terminals(), deadline, timeout);
        } catch (CardReadException e) {
            if (!PcscFailures.lostContext(e) || !forgetContext.getAsBoolean()) {
                throw e;
            }
            log.info("PC/SC context lost ({}): establishing a new one", PcscFailures.code(e.getCause()));
            terminal = awaitCard(terminals(), deadline, timeout);
        }
        long found = System.nanoTime();
        SsseRecords records = readCard(terminal);
        long done = System.nanoTime();
        IdentityCard card = SocialSecurityCardParser.parse(records, LocalDate.now(clock));
        log.info("social-security card read: waited {} ms, read {} ms, parsed {} µs", (found - start) / 1_000_000,
                (done - found) / 1_000_000, (System.nanoTime() - done) / 1_000);
        return card;
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public void close() {
        cancel();   // PC/SC contexts belong to the JDK's provider; each read releases its card
    }

    private CardTerminals terminals() throws CardReadException {
        TerminalFactory factory;
        try {
            factory = factories.get();
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            log.warn("PC/SC unavailable: {}", PcscFailures.code(e));
            throw PcscFailures.serviceUnavailable(e);
        }
        if ("None".equals(factory.getType())) {
            throw PcscFailures.serviceUnavailable(null);
        }
        return factory.terminals();
    }

    private CardTerminal awaitCard(CardTerminals terminals, long deadline, Duration timeout)
            throws CardReadException {
        try {
            while (true) {
                if (cancelled.get()) {
                    throw new CardReadException(Reason.CANCELLED, "已取消读卡。");
                }
                List<CardTerminal> candidates = candidates(terminals.list());
                for (CardTerminal t : candidates) {
                    if (t.isCardPresent()) {
                        return t;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new CardReadException(Reason.NO_CARD, "在 " + Math.max(1, timeout.toSeconds())
                            + " 秒内没有检测到社保卡。请将社保卡芯片朝上插入读卡器后重试。");
                }
                long slice = Math.max(1, Math.min(WAIT_SLICE.toMillis(), left / 1_000_000));
                if (candidates.size() == 1) {
                    candidates.get(0).waitForCardPresent(slice);
                } else {
                    terminals.waitForChange(slice);
                }
            }
        } catch (CardException e) {
            log.warn("PC/SC failure while waiting for a card: {}", PcscFailures.code(e));
            throw PcscFailures.of(e, false);
        }
    }

    private List<CardTerminal> candidates(List<CardTerminal> all) throws CardReadException {
        if (all.isEmpty()) {
            throw new CardReadException(Reason.READER_UNAVAILABLE,
                    "未找到智能卡读卡器。" + PcscFailures.CHECK_SERVICE);
        }
        if (terminalName == null) {
            return all;
        }
        List<CardTerminal> named = all.stream().filter(t -> t.getName().equals(terminalName)).toList();
        if (named.isEmpty()) {
            throw new CardReadException(Reason.READER_UNAVAILABLE, "未找到读卡器“" + terminalName + "”（已连接："
                    + all.stream().map(CardTerminal::getName).collect(Collectors.joining("、"))
                    + "）。请检查读卡器连接，或在读卡设置中重新选择。");
        }
        return named;
    }

    private SsseRecords readCard(CardTerminal terminal) throws CardReadException {
        Card card;
        try {
            card = terminal.connect("*");
        } catch (CardException e) {
            log.warn("connect failed: {}", PcscFailures.code(e));
            throw PcscFailures.of(e, true);
        }
        try {
            card.beginExclusive();
            try {
                return readRecords(card.getBasicChannel());
            } finally {
                try {
                    card.endExclusive();
                } catch (CardException | IllegalStateException e) {
                    log.debug("endExclusive: {}", PcscFailures.code(e));   // the card is gone; nothing to release
                }
            }
        } catch (CardException e) {
            log.warn("read failed: {}", PcscFailures.code(e));
            throw PcscFailures.of(e, true);
        } catch (IllegalStateException e) {
            log.warn("read failed: card closed");
            throw PcscFailures.removed(e);
        } finally {
            try {
                card.disconnect(false);
            } catch (CardException | IllegalStateException e) {
                log.debug("disconnect: {}", PcscFailures.code(e));
            }
        }
    }

    private SsseRecords readRecords(CardChannel channel) throws CardException, CardReadException {
        transmit(channel, SsseApdus.selectSsse(), "选择社保应用 SSSE");
        transmit(channel, SsseApdus.selectEf(SsseApdus.EF05), "选择 EF05");
        byte[] issueDate = record(channel, SsseApdus.REC_ISSUE_DATE, SsseApdus.REC_ISSUE_DATE, "EF05");
        byte[] validUntil = record(channel, SsseApdus.REC_VALID_UNTIL, SsseApdus.REC_VALID_UNTIL, "EF05");
        byte[] cardNumber = record(channel, SsseApdus.REC_CARD_NUMBER, SsseApdus.REC_CARD_NUMBER, "EF05");
        transmit(channel, SsseApdus.selectEf(SsseApdus.EF06), "选择 EF06");
        byte[] number = record(channel, SsseApdus.REC_SOCIAL_SECURITY_NUMBER, SsseApdus.TAG_SOCIAL_SECURITY_NUMBER,
                "EF06");
        byte[] name = record(channel, SsseApdus.REC_NAME, SsseApdus.TAG_NAME, "EF06");
        byte[] sex = record(channel, SsseApdus.REC_SEX, SsseApdus.TAG_SEX, "EF06");
        byte[] ethnicity = record(channel, SsseApdus.REC_ETHNICITY, SsseApdus.TAG_ETHNICITY, "EF06");
        byte[] birthDate = record(channel, SsseApdus.REC_BIRTH_DATE, SsseApdus.TAG_BIRTH_DATE, "EF06");
        return new SsseRecords(issueDate, validUntil, cardNumber, number, name, sex, ethnicity, birthDate);
    }

    /** Reads one record and returns its TLV value, checking that the tag is the one asked for and the length fits. */
    private byte[] record(CardChannel channel, int record, int tag, String ef)
            throws CardException, CardReadException {
        String step = "读取 " + ef + " 记录 " + record;
        byte[] data = transmit(channel, SsseApdus.readRecord(record), step).getData();
        if (data.length < 2 || (data[0] & 0xFF) != tag || (data[1] & 0xFF) > data.length - 2) {
            log.warn("{} record {}: bad TLV, {} bytes", ef, record, data.length);
            throw PcscFailures.corrupt(step, data.length);
        }
        byte[] value = new byte[data[1] & 0xFF];
        System.arraycopy(data, 2, value, 0, value.length);
        return value;
    }

    private ResponseAPDU transmit(CardChannel channel, CommandAPDU command, String step)
            throws CardException, CardReadException {
        if (cancelled.get()) {
            throw new CardReadException(Reason.CANCELLED, "已取消读卡。");
        }
        long t0 = System.nanoTime();
        ResponseAPDU response;
        try {
            response = channel.transmit(command);
        } catch (IllegalArgumentException e) {
            // no status word at all: through pcscd+vpcd a card pulled mid-command answers 0 bytes, which the JDK
            // rejects as "apdu must be at least 2 bytes long"
            log.warn("{}: empty answer", step);
            throw PcscFailures.removed(e);
        }
        if (log.isDebugEnabled()) {
            log.debug("{} {}: SW {} , {} bytes, {} µs", String.format("%02X", command.getINS()), step,
                    String.format("%04X", response.getSW()), response.getNr(), (System.nanoTime() - t0) / 1_000);
        }
        if (response.getSW() != 0x9000) {
            log.warn("{}: SW {}", step, String.format("%04X", response.getSW()));
            throw PcscFailures.status(response.getSW(), step);
        }
        return response;
    }
}
