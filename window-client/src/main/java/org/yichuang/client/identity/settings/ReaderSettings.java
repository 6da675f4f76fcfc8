package org.yichuang.client.identity.settings;

import java.util.Objects;

/**
 * One counter's card-reader settings (读卡器设置).
 *
 * @param kind          which reader
 * @param serialPort    the SAM reader's port ("/dev/ttyUSB0", "COM3"), or null when not chosen
 * @param terminal      the PC/SC terminal's name, or null for the first one holding a card
 * @param readOnInsert  whether the intake screen reads a card as soon as it is placed (放卡即读)
 * @param expiredPolicy what to do with an expired card
 */
public record ReaderSettings(ReaderKind kind, String serialPort, String terminal, boolean readOnInsert,
        ExpiredCardPolicy expiredPolicy) {
    /** No reader, read-on-insert on for when one is chosen, expired cards warned about. */
    public static final ReaderSettings DEFAULT = new ReaderSettings(ReaderKind.NONE, null, null, true,
            ExpiredCardPolicy.WARN);

    /** Normalises blanks to null and requires the enums. */
    public ReaderSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expiredPolicy, "expiredPolicy");
        serialPort = serialPort == null || serialPort.isBlank() ? null : serialPort.strip();
        terminal = terminal == null || terminal.isBlank() ? null : terminal.strip();
    }

    /** Returns whether a reader is configured at all. */
    public boolean usesReader() {
        return kind != ReaderKind.NONE && (kind != ReaderKind.SAM_SERIAL || serialPort != null);
    }

    public ReaderSettings withKind(ReaderKind value) {
        return new ReaderSettings(value, serialPort, terminal, readOnInsert, expiredPolicy);
    }

    public ReaderSettings withSerialPort(String value) {
        return new ReaderSettings(kind, value, terminal, readOnInsert, expiredPolicy);
    }

    public ReaderSettings withTerminal(String value) {
        return new ReaderSettings(kind, serialPort, value, readOnInsert, expiredPolicy);
    }

    public ReaderSettings withReadOnInsert(boolean value) {
        return new ReaderSettings(kind, serialPort, terminal, value, expiredPolicy);
    }

    public ReaderSettings withExpiredPolicy(ExpiredCardPolicy value) {
        return new ReaderSettings(kind, serialPort, terminal, readOnInsert, value);
    }
}
