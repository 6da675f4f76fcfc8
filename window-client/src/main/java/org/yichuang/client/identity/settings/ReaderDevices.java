package org.yichuang.client.identity.settings;

import java.util.List;
import java.util.Optional;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityReader;

/**
 * The card readers this PC has: what the settings dialog lists and how a reader is opened for settings. Every
 * method may block (serial ports, PC/SC): call them through the background funnel only.
 */
public interface ReaderDevices {
    /** The serial ports the system lists, for the port choice and auto-detect. */
    List<String> serialPorts();

    /** Returns the first of {@code candidates} where a SAM reader answers, or empty (自动检测). */
    Optional<String> detectSerialPort(List<String> candidates);

    /** The PC/SC terminals (读卡器) the PC/SC service lists. */
    List<String> pcscTerminals() throws CardReadException;

    /**
     * Opens the reader the settings name.
     *
     * @throws CardReadException READER_UNAVAILABLE when it cannot be opened, with a Chinese message naming it
     */
    IdentityReader open(ReaderSettings settings) throws CardReadException;
}
