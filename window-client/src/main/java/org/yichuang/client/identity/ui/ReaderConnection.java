package org.yichuang.client.identity.ui;

import java.time.Duration;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.IdentityReader;
import org.yichuang.client.identity.settings.ReaderDevices;
import org.yichuang.client.identity.settings.ReaderSettings;

/**
 * The counter's reader for its current settings: opened on first read (off the EDT), kept open between reads, closed
 * when the settings change or the session ends. Reads are one at a time: a cancelled read still inside the device
 * must end before the next one starts, or two threads would talk to one port.
 */
public final class ReaderConnection implements AutoCloseable {
    private final ReaderDevices devices;
    private final Object readLock = new Object();
    private volatile ReaderSettings settings;
    private volatile IdentityReader reader;

    /** A connection to the reader {@code settings} name, opened lazily. */
    public ReaderConnection(ReaderDevices devices, ReaderSettings settings) {
        this.devices = devices;
        this.settings = settings;
    }

    /** Returns the settings in use. */
    public ReaderSettings settings() {
        return settings;
    }

    /** Uses {@code value} from now on; the reader open for the old settings is closed. Any thread. */
    public void reconfigure(ReaderSettings value) {
        settings = value;
        closeReader();
    }

    /** Reads a card (blocking: background funnel only). */
    public IdentityCard read(Duration timeout) throws CardReadException {
        synchronized (readLock) {
            IdentityReader r = reader;
            if (r == null) {
                r = devices.open(settings);
                reader = r;
            }
            try {
                return r.read(timeout);
            } catch (CardReadException e) {
                if (e.reason() == CardReadException.Reason.READER_UNAVAILABLE) {
                    closeReader();   // unplugged: the next read (重试) opens the port again
                }
                throw e;
            }
        }
    }

    /** Returns the open reader, or null; for the latency figure (SamReader's last answer byte). */
    public IdentityReader current() {
        return reader;
    }

    /** Ends a read in progress; any thread. */
    public void cancel() {
        IdentityReader r = reader;
        if (r != null) {
            r.cancel();
        }
    }

    private void closeReader() {
        IdentityReader r = reader;
        reader = null;
        if (r != null) {
            r.cancel();
            r.close();
        }
    }

    @Override
    public void close() {
        closeReader();
    }
}
