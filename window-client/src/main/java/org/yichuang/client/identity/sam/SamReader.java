package org.yichuang.client.identity.sam;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.IdentityReader;
import org.yichuang.client.identity.WltDecoder;

/**
 * A certified resident-ID reader on a serial port (居民身份证阅读器, SAM module): opened by its path (115200 8N1) with
 * jSerialComm, then the protocol of {@link SamSession} over the port's streams. Ports are opened by name, never
 * looked up: pseudo-terminals and some USB adapters are missing from {@link SerialPort#getCommPorts()}.
 */
public final class SamReader implements IdentityReader {
    private static final Logger LOG = LoggerFactory.getLogger(SamReader.class);
    private static final int BAUD = 115_200;

    private final SerialPort port;
    private final String portName;
    private final CancelSignal cancel;
    private final SamSession session;

    private SamReader(SerialPort port, String portName, CancelSignal cancel, SamSession session) {
        this.port = port;
        this.portName = portName;
        this.cancel = cancel;
        this.session = session;
    }

    /** Opens the reader on {@code portName} ("/dev/ttyUSB0", "COM3") with the standard timeouts. */
    public static SamReader open(String portName, WltDecoder decoder, Clock clock) throws CardReadException {
        return open(portName, decoder, clock, SamTimeouts.standard());
    }

    /**
     * Opens the reader on {@code portName}.
     *
     * @throws CardReadException READER_UNAVAILABLE naming the port when it cannot be opened
     */
    public static SamReader open(String portName, WltDecoder decoder, Clock clock, SamTimeouts timeouts)
            throws CardReadException {
        SerialPort port = openPort(portName);
        CancelSignal cancel = new CancelSignal();
        SamChannel channel = new SamChannel(port.getInputStream(), port.getOutputStream(),
                SamMessages.device(portName), timeouts, cancel, portCheck(port, portName));
        return new SamReader(port, portName, cancel,
                new SamSession(channel, new TextBlockParser(clock), decoder, cancel));
    }

    /**
     * Returns the first of {@code candidates} where a SAM answers the status command (11 FF → 90), trying each for
     * at most {@code timeouts.answer()}; empty when none does. Ports that cannot be opened are skipped.
     */
    public static Optional<String> detect(List<String> candidates, SamTimeouts timeouts) {
        for (String candidate : candidates) {
            try (SamReader reader = open(candidate, WltDecoder.NONE, Clock.systemDefaultZone(), timeouts)) {
                if (reader.session.samReady()) {
                    LOG.info("SAM reader found on {}", candidate);
                    return Optional.of(candidate);
                }
            } catch (CardReadException e) {
                LOG.debug("no SAM reader on {}: {}", candidate, e.reason());
            }
        }
        return Optional.empty();
    }

    /** The serial ports the operating system lists (pseudo-terminals are not among them), for auto-detect. */
    public static List<String> systemPorts() {
        List<String> names = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            names.add(p.getSystemPortPath());
        }
        return names;
    }

    @Override
    public String describe() {
        return SamMessages.device(portName);
    }

    /** Returns the port's name as given. */
    public String portName() {
        return portName;
    }

    @Override
    public synchronized IdentityCard read(Duration timeout) throws CardReadException {
        cancel.reset();
        long start = System.nanoTime();
        try {
            return session.read(timeout);
        } catch (CardReadException e) {
            LOG.debug("read on {} ended: {} after {} ms", portName, e.reason(), (System.nanoTime() - start) / 1_000_000);
            throw e;
        }
    }

    /** When the last byte of the last read's answer arrived ({@link System#nanoTime()}), for the latency figure. */
    public long lastAnswerByteNanos() {
        return session.lastAnswerByteNanos();
    }

    @Override
    public void cancel() {
        cancel.cancel();
    }

    @Override
    public void close() {
        cancel.cancel();
        port.closePort();
    }

    private static SerialPort openPort(String portName) throws CardReadException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portName);
        } catch (RuntimeException e) {
            throw new CardReadException(Reason.READER_UNAVAILABLE,
                    SamMessages.text("openFailed", SamMessages.device(portName)), e);
        }
        port.setComPortParameters(BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // bytes are read only when available() says so; the timeouts just keep a stray call from blocking for ever
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, 2000);
        if (!port.openPort()) {
            throw SamMessages.failure(Reason.READER_UNAVAILABLE, "openFailed", SamMessages.device(portName));
        }
        return port;
    }

    /** An unplugged USB adapter takes its device node with it; a closed port reports itself. */
    private static PortCheck portCheck(SerialPort port, String portName) {
        Path path = portName.startsWith("/") ? Path.of(portName) : null;
        return () -> {
            if (!port.isOpen() || port.bytesAvailable() < 0) {
                throw new IOException("port closed");
            }
            if (path != null && !Files.exists(path)) {
                throw new IOException("device node gone");
            }
        };
    }
}
