package org.yichuang.client.identity.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.WltDecoder;

/**
 * The reader through the real stack: jSerialComm on one end of a socat pseudo-terminal pair, the simulated SAM
 * (also jSerialComm) on the other.
 */
class SamReaderPtyTest {
    private static final SamTimeouts TIMEOUTS = new SamTimeouts(Duration.ofMillis(1000), Duration.ofMillis(1000),
            Duration.ofMillis(500), Duration.ofMillis(300));

    private PtyPair pty;
    private SimulatedSam sam;
    private SamReader reader;

    @BeforeEach
    void connect() throws Exception {
        pty = PtyPair.start();
        sam = SimulatedSam.onPort(pty.b().toString());
        reader = SamReader.open(pty.a().toString(), WltDecoder.NONE, Clock.systemDefaultZone(), TIMEOUTS);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (reader != null) {
            reader.close();
        }
        if (sam != null) {
            sam.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void each_supported_card_kind_is_read_over_the_pty() throws Exception {
        sam.place(TextBlocks.resident());
        IdentityCard resident = reader.read(Duration.ofSeconds(3));
        assertThat(resident.cardKind()).isEqualTo(CardKind.RESIDENT_ID_CARD);
        assertThat(resident.name()).isEqualTo("张三");
        assertThat(resident.number()).isEqualTo(TextBlocks.RESIDENT_NUMBER);
        sam.place(TextBlocks.hmt());
        assertThat(reader.read(Duration.ofSeconds(3)).number()).isEqualTo(TextBlocks.HMT_NUMBER);
        sam.place(TextBlocks.foreigner2017());
        assertThat(reader.read(Duration.ofSeconds(3)).nationality()).isEqualTo("USA");
        assertThat(reader.describe()).isEqualTo("身份证阅读器（" + pty.a() + "）");
    }

    @Test
    void the_2023_card_gives_the_unsupported_message() {
        sam.place(TextBlocks.foreigner2023());
        CardReadException e = failure(Duration.ofSeconds(3));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CARD);
        assertThat(e.getMessage()).isEqualTo("该证件为2023版外国人永久居留身份证，本系统暂不支持读取，请人工核验录入");
    }

    @Test
    void the_same_card_asked_again_without_lifting_says_to_lift_it() throws Exception {
        sam.place(TextBlocks.resident());
        reader.read(Duration.ofSeconds(3));
        CardReadException e = failure(Duration.ofMillis(700));
        assertThat(e.reason()).isEqualTo(Reason.ALREADY_READ);
        sam.lift();
        sam.place(TextBlocks.resident());
        assertThat(reader.read(Duration.ofSeconds(3)).name()).isEqualTo("张三");
    }

    @Test
    void a_wrong_checksum_and_a_truncated_frame_are_corrupt_answers_and_a_retry_works() throws Exception {
        sam.place(TextBlocks.resident());
        sam.readReply(SimulatedSam.ReadReply.BAD_CHECKSUM);
        CardReadException bad = failure(Duration.ofSeconds(3));
        assertThat(bad.reason()).isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(bad.getMessage()).contains("校验和").contains(pty.a().toString());
        sam.readReply(SimulatedSam.ReadReply.TRUNCATED);
        CardReadException truncated = failure(Duration.ofSeconds(3));
        assertThat(truncated.reason()).isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(truncated.getMessage()).contains("收到 600 字节，应为 1295 字节");
        sam.readReply(SimulatedSam.ReadReply.OK);
        assertThat(reader.read(Duration.ofSeconds(3)).name()).isEqualTo("张三");
    }

    @Test
    void slow_bytes_are_read() throws Exception {
        sam.place(TextBlocks.hmt());
        sam.readReply(SimulatedSam.ReadReply.SLOW);
        assertThat(reader.read(Duration.ofSeconds(3)).cardKind()).isEqualTo(CardKind.HMT_RESIDENCE_PERMIT_CARD);
    }

    @Test
    void a_card_pulled_out_mid_read_gives_card_removed_or_a_timeout_when_the_sam_goes_quiet() {
        sam.place(TextBlocks.resident());
        sam.readReply(SimulatedSam.ReadReply.SW3_41);
        CardReadException removed = failure(Duration.ofSeconds(3));
        assertThat(removed.reason()).isEqualTo(Reason.CARD_REMOVED);
        sam.place(TextBlocks.resident());
        sam.readReply(SimulatedSam.ReadReply.SILENT);
        CardReadException quiet = failure(Duration.ofSeconds(3));
        assertThat(quiet.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(quiet.getMessage()).contains(pty.a().toString()).contains("1000 毫秒内没有应答");
    }

    @Test
    void a_silent_reader_is_a_timeout_naming_the_port() {
        sam.silent(true);
        CardReadException e = failure(Duration.ofSeconds(3));
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).contains(pty.a().toString());
    }

    @Test
    void cancel_from_another_thread_ends_the_wait_quickly() {
        AtomicLong cancelledAt = new AtomicLong();
        CompletableFuture.runAsync(() -> {
            awaitLooking(2);   // the reader is in its wait loop, between two looks for a card
            cancelledAt.set(System.nanoTime());
            reader.cancel();
        });
        CardReadException e = failure(Duration.ofSeconds(30));
        long afterCancel = (System.nanoTime() - cancelledAt.get()) / 1_000_000;
        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(afterCancel).isLessThan(1000);
    }

    @Test
    void an_unplugged_reader_is_unavailable_naming_its_port() throws Exception {
        CompletableFuture.runAsync(() -> {
            awaitLooking(1);   // unplugged while the reader waits for a card, not before it opened the port
            try {
                pty.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CardReadException e = failure(Duration.ofSeconds(10));
        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains(pty.a().toString()).contains("不可用");
    }

    @Test
    void a_port_that_does_not_exist_cannot_be_opened_and_the_message_names_it() {
        CardReadException e = catchThrowableOfType(CardReadException.class, () -> SamReader.open(
                pty.a() + "-missing", WltDecoder.NONE, Clock.systemDefaultZone(), TIMEOUTS));
        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains(pty.a() + "-missing");
    }

    @Test
    void auto_detect_finds_the_port_whose_sam_answers_the_status_command() {
        reader.close();
        reader = null;
        String missing = pty.a() + "-missing";
        assertThat(SamReader.detect(List.of(missing, pty.a().toString()), TIMEOUTS)).contains(pty.a().toString());
        sam.silent(true);
        assertThat(SamReader.detect(List.of(missing, pty.a().toString()), TIMEOUTS)).isEmpty();
    }

    private CardReadException failure(Duration timeout) {
        return catchThrowableOfType(CardReadException.class, () -> reader.read(timeout));
    }

    /** Waits until the reader has looked for a card {@code finds} times: the signal that it is in its wait loop. */
    private void awaitLooking(int finds) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sam.findTimes().size() >= finds);
    }
}
