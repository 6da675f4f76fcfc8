package org.yichuang.client.identity.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.WltDecoder;

/** The find → select → read cycle against the simulated SAM on piped streams. */
class SamSessionTest {
    private static final SamTimeouts TIMEOUTS = new SamTimeouts(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofMillis(200), Duration.ofMillis(300));

    private SimulatedSam sam;
    private CancelSignal cancel;
    private PipedInputStream appIn;
    private PipedOutputStream appOut;
    private final AtomicReference<byte[]> decoded = new AtomicReference<>();

    @BeforeEach
    void connect() throws IOException {
        appIn = new PipedInputStream(16384);
        PipedOutputStream samOut = new PipedOutputStream(appIn);
        PipedInputStream samIn = new PipedInputStream(1024);
        appOut = new PipedOutputStream(samIn);
        sam = SimulatedSam.over(samIn, samOut);
        cancel = new CancelSignal();
    }

    @AfterEach
    void disconnect() throws IOException {
        appOut.close(); // first: a blocked PipedInputStream.read ends only when its writer closes
        sam.close();
        appIn.close();
    }

    private SamSession session(WltDecoder decoder) {
        SamChannel channel = new SamChannel(appIn, appOut, SamMessages.device("pipe"), TIMEOUTS, cancel,
                PortCheck.NONE);
        return new SamSession(channel, new TextBlockParser(Clock.systemDefaultZone()), decoder, cancel);
    }

    @Test
    void a_card_on_the_reader_is_found_selected_and_read_with_its_photo_bytes_given_to_the_decoder()
            throws Exception {
        sam.place(TextBlocks.resident());
        BufferedImage image = new BufferedImage(102, 126, BufferedImage.TYPE_3BYTE_BGR);
        IdentityCard card = session(wlt -> {
            decoded.set(wlt);
            return Optional.of(image);
        }).read(Duration.ofSeconds(2));
        assertThat(card.cardKind()).isEqualTo(CardKind.RESIDENT_ID_CARD);
        assertThat(card.name()).isEqualTo("张三");
        assertThat(card.photo()).containsSame(image);
        assertThat(decoded.get()).hasSize(1024);
        assertThat(decoded.get()[1]).isEqualTo((byte) 31);
    }

    @Test
    void without_a_decoder_there_is_no_photo_and_a_failing_decoder_only_loses_the_photo() throws Exception {
        sam.place(TextBlocks.resident());
        assertThat(session(WltDecoder.NONE).read(Duration.ofSeconds(2)).photo()).isEmpty();
        sam.place(TextBlocks.resident());
        IdentityCard card = session(wlt -> {
            throw new IllegalStateException("vendor library missing");
        }).read(Duration.ofSeconds(2));
        assertThat(card.photo()).isEmpty();
        assertThat(card.name()).isEqualTo("张三");
    }

    @Test
    void a_card_read_once_must_be_lifted_before_it_reads_again() throws Exception {
        SamSession session = session(WltDecoder.NONE);
        sam.place(TextBlocks.resident());
        session.read(Duration.ofSeconds(2));
        CardReadException again = catchThrowableOfType(CardReadException.class,
                () -> session.read(Duration.ofMillis(700)));
        assertThat(again.reason()).isEqualTo(Reason.ALREADY_READ);
        assertThat(again.getMessage()).contains("已经读取过").contains("拿开");
        sam.lift();
        sam.place(TextBlocks.hmt()); // lifted and put back (here: another card): 80 → 9F
        assertThat(session.read(Duration.ofSeconds(2)).cardKind()).isEqualTo(CardKind.HMT_RESIDENCE_PERMIT_CARD);
    }

    @Test
    void with_no_card_finds_are_polled_at_least_300_ms_apart_until_the_timeout() {
        long start = System.nanoTime();
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> session(WltDecoder.NONE).read(Duration.ofMillis(1000)));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertThat(e.reason()).isEqualTo(Reason.NO_CARD);
        assertThat(e.getMessage()).contains("没有证件");
        List<Long> finds = sam.findTimes();
        assertThat(finds).hasSizeBetween(2, 4);
        for (int i = 1; i < finds.size(); i++) {
            assertThat((finds.get(i) - finds.get(i - 1)) / 1_000_000).isGreaterThanOrEqualTo(295);
        }
        assertThat(elapsed).isLessThan(3000);
    }

    @Test
    void a_card_placed_while_waiting_is_read() throws Exception {
        CompletableFuture.runAsync(() -> {
            awaitLooking(1);   // the session found no card and is waiting
            sam.place(TextBlocks.foreigner2017());
        });
        IdentityCard card = session(WltDecoder.NONE).read(Duration.ofSeconds(5));
        assertThat(card.cardKind()).isEqualTo(CardKind.FOREIGN_PERMANENT_RESIDENCE_CARD_2017);
    }

    @Test
    void a_card_pulled_out_mid_read_gives_card_removed() {
        sam.place(TextBlocks.resident());
        sam.readReply(SimulatedSam.ReadReply.SW3_41);
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> session(WltDecoder.NONE).read(Duration.ofSeconds(2)));
        assertThat(e.reason()).isEqualTo(Reason.CARD_REMOVED);
        assertThat(e.getMessage()).contains("SW3=41");
    }

    @Test
    void cancel_ends_the_wait_for_a_card_quickly() {
        SamSession session = session(WltDecoder.NONE);
        AtomicLong cancelledAt = new AtomicLong();
        CompletableFuture.runAsync(() -> {
            awaitLooking(2);   // well inside the wait loop, between two looks
            cancelledAt.set(System.nanoTime());
            cancel.cancel();
        });
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> session.read(Duration.ofSeconds(30)));
        long afterCancel = (System.nanoTime() - cancelledAt.get()) / 1_000_000;
        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(afterCancel).isLessThan(1000);
    }

    @Test
    void a_silent_sam_is_a_timeout_naming_the_device() {
        SamSession session = session(WltDecoder.NONE);
        sam.silent(true);
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> session.read(Duration.ofSeconds(2)));
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("pipe").contains("500 毫秒");
    }

    /** Waits until the session has looked for a card {@code finds} times: the signal that it is in its wait loop. */
    private void awaitLooking(int finds) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sam.findTimes().size() >= finds);
    }
}
