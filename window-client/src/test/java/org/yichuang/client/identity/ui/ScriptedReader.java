package org.yichuang.client.identity.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.IdentityReader;
import org.yichuang.client.identity.settings.ReaderDevices;
import org.yichuang.client.identity.settings.ReaderSettings;
import org.yichuang.core.identity.DocumentType;

/**
 * A reader answering a script of cards and failures, one per read; an empty script answers NO_CARD. Also the
 * {@link ReaderDevices} that opens it, for presenter tests without a device.
 */
final class ScriptedReader implements IdentityReader, ReaderDevices {
    private final Deque<Object> script = new ArrayDeque<>();
    final List<Duration> reads = new CopyOnWriteArrayList<>();
    volatile int cancels;
    volatile int opens;

    /** The next read gives {@code card}. */
    ScriptedReader then(IdentityCard card) {
        script.addLast(card);
        return this;
    }

    /** The next read fails with {@code reason}. */
    ScriptedReader thenFail(CardReadException.Reason reason, String message) {
        script.addLast(new CardReadException(reason, message));
        return this;
    }

    static IdentityCard resident(String name, String number, LocalDate validUntil) {
        return new IdentityCard(DocumentType.RESIDENT_ID, number, name, null, "男", "汉", LocalDate.of(1949, 12, 31),
                "北京市东城区景山前街4号", "北京市公安局东城分局", LocalDate.of(2015, 1, 1), validUntil, false, null,
                CardKind.RESIDENT_ID_CARD, Optional.empty());
    }

    @Override
    public String describe() {
        return "模拟读卡器";
    }

    @Override
    public synchronized IdentityCard read(Duration timeout) throws CardReadException {
        reads.add(timeout);
        Object next = script.pollFirst();
        if (next == null) {
            throw new CardReadException(CardReadException.Reason.NO_CARD, "未检测到证件");
        }
        if (next instanceof CardReadException e) {
            throw e;
        }
        return (IdentityCard) next;
    }

    @Override
    public void cancel() {
        cancels++;
    }

    @Override
    public void close() {
    }

    @Override
    public List<String> serialPorts() {
        return List.of();
    }

    @Override
    public Optional<String> detectSerialPort(List<String> candidates) {
        return Optional.empty();
    }

    @Override
    public List<String> pcscTerminals() {
        return List.of();
    }

    @Override
    public IdentityReader open(ReaderSettings settings) {
        opens++;
        return this;
    }
}
