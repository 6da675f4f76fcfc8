package org.yichuang.client.identity.sam;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A resident-ID reader's SAM module in Java, on the other end of a pipe or a pseudo-terminal: answers status, find,
 * select and read (text + photo) as DEVICES.md §1.2 describes, including "lift before re-read", and misbehaves on
 * request (wrong checksum, truncated frame, slow bytes, silence, SW3 41 = card pulled out mid-read).
 */
public final class SimulatedSam implements AutoCloseable {
    /** How the SAM answers the read command. */
    public enum ReadReply {
        /** A correct 1295-byte frame. */
        OK,
        /** The frame with its checksum byte wrong. */
        BAD_CHECKSUM,
        /** The first 600 bytes, then nothing. */
        TRUNCATED,
        /** A correct frame in 64-byte pieces 30 ms apart. */
        SLOW,
        /** Nothing at all: the card was pulled and the SAM stopped answering. */
        SILENT,
        /** SW3 41 (读卡失败): the card was pulled out mid-read. */
        SW3_41
    }

    private final InputStream in;
    private final OutputStream out;
    private final SerialPort port;
    private final Thread thread;
    private final List<Long> findTimes = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile byte[] text;
    private volatile boolean cardReadAlready;
    private volatile ReadReply readReply = ReadReply.OK;
    private volatile boolean silent;
    private volatile long lastWriteEndNanos;

    private SimulatedSam(InputStream in, OutputStream out, SerialPort port) {
        this.in = in;
        this.out = out;
        this.port = port;
        this.thread = new Thread(this::serve, "simulated-sam");
        thread.setDaemon(true);
    }

    /** A SAM serving two streams (pipes); started. */
    public static SimulatedSam over(InputStream in, OutputStream out) {
        SimulatedSam sam = new SimulatedSam(in, out, null);
        sam.thread.start();
        return sam;
    }

    /** A SAM serving a (pseudo-)serial port opened by path with jSerialComm; started. */
    public static SimulatedSam onPort(String path) {
        SerialPort p = SerialPort.getCommPort(path);
        p.setComPortParameters(115_200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, 2000);
        if (!p.openPort()) {
            throw new IllegalStateException("cannot open " + path);
        }
        SimulatedSam sam = new SimulatedSam(p.getInputStream(), p.getOutputStream(), p);
        sam.thread.start();
        return sam;
    }

    /** Puts a card with this text block on the reader (a new card: find answers 9F). */
    public void place(byte[] textBlock) {
        text = textBlock;
        cardReadAlready = false;
    }

    /** Lifts the card off the reader. */
    public void lift() {
        text = null;
    }

    /** Sets how the next reads are answered. */
    public void readReply(ReadReply reply) {
        readReply = reply;
    }

    /** Makes the SAM answer nothing at all (or answer again). */
    public void silent(boolean value) {
        silent = value;
    }

    /** When the last byte of the last answer was written ({@link System#nanoTime()}). */
    public long lastWriteEndNanos() {
        return lastWriteEndNanos;
    }

    /** When each find arrived ({@link System#nanoTime()}). */
    public List<Long> findTimes() {
        return findTimes;
    }

    @Override
    public void close() {
        running = false;
        try {
            if (port != null) {
                port.closePort();
            } else {
                in.close();
                out.close();
            }
        } catch (IOException e) {
            // closing is all that is left
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        try {
            while (running) {
                int command = readRequest();
                if (command < 0) {
                    return;
                }
                if (!silent) {
                    answer(command);
                }
            }
        } catch (IOException e) {
            // the other end or the test closed the line
        }
    }

    private void answer(int command) throws IOException {
        byte[] card = text;
        switch (command) {
            case SamFrames.CMD_SAM_STATUS -> send(SamFrames.response(0, 0, 0x90));
            case SamFrames.CMD_FIND -> {
                findTimes.add(System.nanoTime());
                send(card != null && !cardReadAlready ? SamFrames.response(0, 0, 0x9F, new byte[4])
                        : SamFrames.response(0, 0, 0x80));
            }
            case SamFrames.CMD_SELECT -> send(card != null ? SamFrames.response(0, 0, 0x90, new byte[8])
                    : SamFrames.response(0, 0, 0x81));
            case SamFrames.CMD_READ_TEXT_PHOTO -> {
                if (card == null) {
                    send(SamFrames.response(0, 0, 0x41));
                    return;
                }
                byte[] frame = SamFrames.response(0, 0, 0x90, TextBlocks.readData(card));
                ReadReply reply = readReply;
                if (reply == ReadReply.OK || reply == ReadReply.SLOW) {
                    // before the answer goes out: a test that lifts and places a card as soon as its read returned
                    // must not have its place() undone by this line running after it
                    cardReadAlready = true;
                }
                switch (reply) {
                    case OK -> send(frame);
                    case BAD_CHECKSUM -> {
                        frame[frame.length - 1] ^= 0x5A;
                        send(frame);
                    }
                    case TRUNCATED -> send(Arrays.copyOf(frame, 600));
                    case SLOW -> {
                        for (int i = 0; i < frame.length; i += 64) {
                            out.write(frame, i, Math.min(64, frame.length - i));
                            out.flush();
                            sleep(30);
                        }
                        lastWriteEndNanos = System.nanoTime();
                    }
                    case SILENT -> text = null;
                    case SW3_41 -> {
                        text = null;
                        send(SamFrames.response(0, 0, 0x41));
                    }
                }
            }
            default -> send(SamFrames.response(0, 0, 0x21));
        }
    }

    private void send(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
        lastWriteEndNanos = System.nanoTime();
    }

    /** Reads one request frame; returns CMD PARA as an int, or -1 at the end of the stream. */
    private int readRequest() throws IOException {
        int matched = 0;
        while (matched < 5) {
            int b = readByte();
            if (b < 0) {
                return -1;
            }
            if ((byte) b == SamFrames.PREAMBLE[matched]) {
                matched++;
            } else {
                matched = b == 0xAA ? (matched == 3 ? 3 : 1) : 0;
            }
        }
        int len = readByte() << 8 | readByte();
        byte[] body = new byte[len];
        for (int i = 0; i < len; i++) {
            int b = readByte();
            if (b < 0) {
                return -1;
            }
            body[i] = (byte) b;
        }
        return len >= 3 ? (body[0] & 0xFF) << 8 | body[1] & 0xFF : 0;
    }

    private int readByte() throws IOException {
        while (running) {
            try {
                return in.read();
            } catch (InterruptedIOException e) {
                // jSerialComm's read timeout: look at "running" and wait again
            }
        }
        return -1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
