package org.yichuang.client.identity.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;

/** The frame codec on piped streams: what the SAM may send, well-formed or not. */
class SamChannelTest {
    private static final String PORT = "/dev/ttyTEST7";
    private static final SamTimeouts FAST = new SamTimeouts(Duration.ofMillis(300), Duration.ofMillis(300),
            Duration.ofMillis(150), Duration.ofMillis(300));

    private PipedOutputStream samSide;
    private PipedInputStream appIn;
    private ByteArrayOutputStream appOut;
    private SamChannel channel;

    @BeforeEach
    void pipes() throws IOException {
        appIn = new PipedInputStream(16384);
        samSide = new PipedOutputStream(appIn);
        appOut = new ByteArrayOutputStream();
        channel = SamChannel.over(appIn, appOut, PORT, FAST);
    }

    @AfterEach
    void close() throws IOException {
        samSide.close();
        appIn.close();
    }

    @Test
    void requests_are_the_frames_of_the_protocol_table() {
        HexFormat hex = HexFormat.ofDelimiter(" ").withUpperCase();
        assertThat(hex.formatHex(SamFrames.request(SamFrames.CMD_RESET))).isEqualTo("AA AA AA 96 69 00 03 10 FF EC");
        assertThat(hex.formatHex(SamFrames.request(SamFrames.CMD_SAM_STATUS))).endsWith("00 03 11 FF ED");
        assertThat(hex.formatHex(SamFrames.request(SamFrames.CMD_FIND))).endsWith("00 03 20 01 22");
        assertThat(hex.formatHex(SamFrames.request(SamFrames.CMD_SELECT))).endsWith("00 03 20 02 21");
        assertThat(hex.formatHex(SamFrames.request(SamFrames.CMD_READ_TEXT_PHOTO))).endsWith("00 03 30 01 32");
        assertThat(hex.formatHex(SamFrames.response(0, 0, 0x9F, new byte[4])))
                .isEqualTo("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");
        assertThat(hex.formatHex(SamFrames.response(0, 0, 0x90))).endsWith("00 04 00 00 90 94");
    }

    @Test
    void an_exchange_sends_the_request_and_returns_the_verified_answer() throws Exception {
        answerLater(SamFrames.response(0, 0, 0x9F, new byte[4]));
        SamResponse r = channel.exchange(SamFrames.CMD_FIND, Duration.ofMillis(300));
        assertThat(appOut.toByteArray()).isEqualTo(SamFrames.request(SamFrames.CMD_FIND));
        assertThat(r.sw3()).isEqualTo(0x9F);
        assertThat(r.data()).hasSize(4);
    }

    @Test
    void the_reader_resynchronises_on_the_preamble_after_noise() throws Exception {
        byte[] frame = SamFrames.response(0, 0, 0x90, TextBlocks.readData(TextBlocks.resident()));
        samSide.write(new byte[] {0x00, (byte) 0xAA, (byte) 0xAA, 0x13, (byte) 0xAA, (byte) 0xAA, (byte) 0xAA,
                (byte) 0xAA, (byte) 0x96, 0x01});
        samSide.write(new byte[] {(byte) 0xAA}); // AA AA AA AA 96 69: the preamble starts at the second AA
        samSide.write(frame);
        SamResponse r = channel.readResponse(Duration.ofMillis(300));
        assertThat(r.sw3()).isEqualTo(0x90);
        assertThat(r.data()).hasSize(1284);
    }

    @Test
    void a_wrong_checksum_is_a_corrupt_answer() throws Exception {
        byte[] frame = SamFrames.response(0, 0, 0x90, TextBlocks.readData(TextBlocks.resident()));
        frame[500] ^= 0x01;
        samSide.write(frame);
        CardReadException e = failure();
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(e.getMessage()).contains("校验和错误").contains(PORT);
    }

    @Test
    void a_truncated_frame_is_a_corrupt_answer_saying_how_much_came() throws Exception {
        byte[] frame = SamFrames.response(0, 0, 0x90, TextBlocks.readData(TextBlocks.resident()));
        samSide.write(frame, 0, 600);
        long start = System.nanoTime();
        CardReadException e = failure();
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(e.getMessage()).contains("不完整").contains("1295").contains(PORT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void silence_is_a_timeout_naming_the_port() {
        long start = System.nanoTime();
        CardReadException e = failure();
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("身份证阅读器（" + PORT + "）").contains("300 毫秒内没有应答");
        assertThat(waited).isBetween(290L, 3000L);
    }

    @Test
    void slow_bytes_within_the_inter_byte_timeout_are_tolerated() throws Exception {
        byte[] frame = SamFrames.response(0, 0, 0x90, TextBlocks.readData(TextBlocks.resident()));
        // generous margins: this machine is shared and a 60 ms sleep may take much longer
        SamChannel patient = SamChannel.over(appIn, appOut, PORT, new SamTimeouts(Duration.ofMillis(300),
                Duration.ofMillis(300), Duration.ofMillis(1000), Duration.ofMillis(300)));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < frame.length; i += 60) {
                    samSide.write(frame, i, Math.min(60, frame.length - i));
                    samSide.flush();
                    Thread.sleep(60); // each gap far below the 1 s inter-byte timeout, the whole (1.3 s) above it
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        SamResponse r = patient.readResponse(Duration.ofMillis(300));
        writer.join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1000));
        assertThat(r.sw3()).isEqualTo(0x90);
        assertThat(r.data()).hasSize(1284);
    }

    @Test
    void a_gap_longer_than_the_inter_byte_timeout_ends_the_frame() throws Exception {
        byte[] frame = SamFrames.response(0, 0, 0x9F, new byte[4]);
        samSide.write(frame, 0, 8);
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(400);
                samSide.write(frame, 8, frame.length - 8);
            } catch (IOException | InterruptedException e) {
                // the test has moved on
            }
        });
        assertThat(failure().reason()).isEqualTo(Reason.CORRUPT_ANSWER);
    }

    @Test
    void a_length_too_short_or_too_long_is_a_corrupt_answer() throws Exception {
        samSide.write(new byte[] {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69, 0x00, 0x02, 0x00, 0x02});
        CardReadException shortOne = failure();
        assertThat(shortOne.reason()).isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(shortOne.getMessage()).contains("长度不正确");
        samSide.write(new byte[] {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69, (byte) 0xFF, (byte) 0xFF});
        assertThat(failure().reason()).isEqualTo(Reason.CORRUPT_ANSWER);
    }

    @Test
    void endless_noise_without_a_preamble_is_refused_not_read_for_ever() throws Exception {
        byte[] noise = new byte[SamChannel.MAX_JUNK + 10];
        java.util.Arrays.fill(noise, (byte) 0x55);
        samSide.write(noise);
        CardReadException e = failure();
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(e.getMessage()).contains("没有帧头");
    }

    @Test
    void leftovers_of_an_abandoned_answer_are_dropped_before_the_next_request() throws Exception {
        samSide.write(SamFrames.response(0, 0, 0x80));
        samSide.write(SamFrames.response(0, 0, 0x9F, new byte[4]), 0, 6);
        Thread.sleep(20);
        answerLater(SamFrames.response(0, 0, 0x90, new byte[8]));
        assertThat(channel.exchange(SamFrames.CMD_SELECT, Duration.ofMillis(300)).sw3()).isEqualTo(0x90);
    }

    @Test
    void cancel_from_another_thread_ends_the_wait_at_once() throws Exception {
        CancelSignal cancel = new CancelSignal();
        SamChannel slow = new SamChannel(appIn, appOut, SamMessages.device(PORT), SamTimeouts.standard(), cancel,
                PortCheck.NONE);
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancel.cancel();
        });
        long start = System.nanoTime();
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> slow.readResponse(Duration.ofSeconds(10)));
        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void a_port_that_vanishes_while_silent_is_unavailable_naming_it() {
        SamChannel gone = new SamChannel(appIn, appOut, SamMessages.device(PORT), FAST, new CancelSignal(), () -> {
            throw new IOException("device node gone");
        });
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> gone.exchange(SamFrames.CMD_FIND, Duration.ofMillis(300)));
        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains(PORT).contains("不可用");
    }

    @Test
    void every_status_of_the_table_has_its_reason_and_an_unknown_one_shows_its_value() {
        int[][] table = {{0x10, 0}, {0x11, 0}, {0x21, 1}, {0x24, 1}, {0x31, 2}, {0x32, 2}, {0x33, 2}, {0x40, 3},
                {0x41, 4}, {0x47, 4}, {0x60, 5}, {0x66, 5}, {0x80, 6}, {0x81, 4}, {0x91, 2}};
        Reason[] reasons = {Reason.CORRUPT_ANSWER, Reason.UNKNOWN_STATUS, Reason.INVALID_CONTENT,
                Reason.UNSUPPORTED_CARD, Reason.CARD_REMOVED, Reason.READER_UNAVAILABLE, Reason.NO_CARD};
        for (int[] row : table) {
            CardReadException e = SamStatus.failure(row[0], SamMessages.device(PORT));
            assertThat(e.reason()).as("SW3 %02X", row[0]).isEqualTo(reasons[row[1]]);
            assertThat(e.getMessage()).as("SW3 %02X", row[0]).contains(String.format("SW3=%02X", row[0]));
        }
        assertThat(SamStatus.failure(0x41, "x").getMessage()).contains("读卡失败").contains("移开");
        CardReadException unknown = SamStatus.failure(0x5C, SamMessages.device(PORT));
        assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_STATUS);
        assertThat(unknown.getMessage()).contains("SW3=5C").contains(PORT);
    }

    /** Writes the SAM's answer 50 ms from now: after the request, which drops whatever came before it. */
    private void answerLater(byte[] frame) {
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(50);
                samSide.write(frame);
            } catch (IOException | InterruptedException e) {
                // the test has moved on
            }
        });
    }

    private CardReadException failure() {
        return catchThrowableOfType(CardReadException.class, () -> channel.readResponse(Duration.ofMillis(300)));
    }
}
