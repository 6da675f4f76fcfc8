package org.yichuang.client.identity.ui;

import java.awt.Component;
import java.awt.Container;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.identity.WltDecoder;
import org.yichuang.client.identity.sam.PtyPair;
import org.yichuang.client.identity.sam.SamReader;
import org.yichuang.client.identity.sam.SimulatedSam;
import org.yichuang.client.identity.sam.TextBlocks;
import org.yichuang.client.identity.settings.ExpiredCardPolicy;
import org.yichuang.client.identity.settings.ReaderKind;
import org.yichuang.client.identity.settings.ReaderSettings;
import org.yichuang.client.identity.settings.SystemReaderDevices;
import org.yichuang.client.intake.CreateCaseAction;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.intake.IntakePresenter;
import org.yichuang.client.intake.PrintGuideAction;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.client.ui.Theme;
import org.yichuang.core.api.SignInRequest;

/**
 * FIGURE card-fill-sam: from the reader's last byte to the form filled on screen, through the real intake screen (the
 * panel, its presenters, 放卡即读 through the real background funnel) and the production SamReader (jSerialComm) on a
 * socat pty pair with the simulated SAM on the other end. "On screen": the number field's text changed and the
 * repaint queued by that change has run (an EDT event posted after it). Also the reader's own time: from the find
 * command that saw the card arriving at the SAM to the last byte of the read answer (find, select, read over the pty).
 *
 * <p>Arguments: measured cards, warm-up cards. Two synthetic applicants alternate, each placed as a new card.
 */
public final class CardFillBench {
    private CardFillBench() {
    }

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (args.length > 2 && args[2].equals("pcsc")) {
            pcsc(cards, warmup);
            System.exit(0);
        }
        String[] names = {"张三", "李四"};
        String[] numbers = {TextBlocks.RESIDENT_NUMBER, TextBlocks.withCheckDigit("44052418800101001")};
        byte[][] blocks = {TextBlocks.resident(), TextBlocks.resident(names[1], "2", "01", "18800101", numbers[1],
                "20150101", "20350101")};
        FakeHallApi api = new FakeHallApi();
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        try (PtyPair pty = PtyPair.start(); SimulatedSam sam = SimulatedSam.onPort(pty.b().toString())) {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            SwingBackgroundTasks tasks = new SwingBackgroundTasks(t -> System.err.println("task failed: " + t));
            ReaderSettings settings = new ReaderSettings(ReaderKind.SAM_SERIAL, pty.a().toString(), null, true,
                    ExpiredCardPolicy.WARN);
            Screen screen = new Screen();
            SwingUtilities.invokeAndWait(() -> screen.build(api, tasks, messages, settings));

            double[] fill = new double[cards];
            double[] reader = new double[cards];
            for (int i = -warmup; i < cards; i++) {
                int who = Math.floorMod(i, 2);
                CountDownLatch shown = screen.expect(numbers[who]);
                sam.place(blocks[who]);
                if (!shown.await(15, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("card " + i + " was not filled in: " + screen.status());
                }
                long lastByte = ((SamReader) screen.cards.connection().current()).lastAnswerByteNanos();
                long found = findBefore(sam.findTimes(), lastByte);
                if (i >= 0) {
                    fill[i] = (screen.shownAt.get() - lastByte) / 1e6;
                    reader[i] = (lastByte - found) / 1e6;
                }
                SwingUtilities.invokeAndWait(screen::nextApplicant);
            }
            Arrays.sort(fill);
            Arrays.sort(reader);
            System.out.printf(Locale.ROOT, "FIGURE card-fill-sam-last-byte-to-screen: p50 %.1f ms, p95 %.1f ms, max %.1f ms"
                    + " over %d cards (SamReader on a socat pty, simulated SAM; real intake panel, presenters and"
                    + " funnel; 放卡即读)%n", pct(fill, 50), pct(fill, 95), fill[cards - 1], cards);
            System.out.printf(Locale.ROOT, "FIGURE card-fill-sam-reader: p50 %.1f ms, p95 %.1f ms, max %.1f ms from the"
                    + " find that saw the card to the read answer's last byte (find, select, 1295-byte read)%n",
                    pct(reader, 50), pct(reader, 95), reader[cards - 1]);
            SwingUtilities.invokeAndWait(screen::close);
        }
        System.exit(0);
    }

    /**
     * FIGURE card-fill-pcsc: the same through pcscd + vsmartcard-vpcd (scripts/test-pcsc.sh) with the synthetic
     * social-security card, read by the production SocialSecurityCardReader. The card is pulled out and inserted again
     * for each read (a card left in the slot is not read twice); the reader's time runs from the insertion to the
     * card's last answer (pcscd noticing the card, then the 11 APDUs).
     */
    private static void pcsc(int cards, int warmup) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.yichuang.client.identity.pcsc.SocialSecurityCardReader.class))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        String readerName = System.getenv("YICHUANG_TEST_PCSC_READER");
        java.nio.file.Path socket = java.nio.file.Path.of(System.getenv("YICHUANG_TEST_PCSC_CARD_SOCKET"));
        FakeHallApi api = new FakeHallApi();
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        try (org.yichuang.client.identity.pcsc.VirtualCardSlot slot =
                new org.yichuang.client.identity.pcsc.VirtualCardSlot(socket)) {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            SwingBackgroundTasks tasks = new SwingBackgroundTasks(t -> System.err.println("task failed: " + t));
            ReaderSettings settings = new ReaderSettings(ReaderKind.PCSC, null, readerName, true,
                    ExpiredCardPolicy.WARN);
            Screen screen = new Screen();
            SwingUtilities.invokeAndWait(() -> screen.build(api, tasks, messages, settings));
            double[] fill = new double[cards];
            double[] reader = new double[cards];
            for (int i = -warmup; i < cards; i++) {
                slot.remove();
                long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (onEdt(screen.cards::lastCardStillThere)) {
                    if (System.nanoTime() > gone) {
                        throw new IllegalStateException("the reader never saw the card leave: " + screen.status());
                    }
                    Thread.sleep(20);
                }
                CountDownLatch shown = screen.expect(org.yichuang.client.identity.pcsc.VirtualCardSlot.NUMBER);
                long inserted = System.nanoTime();
                slot.insert();
                if (!shown.await(15, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("card " + i + " was not filled in: " + screen.status());
                }
                long lastAnswer = slot.lastAnswerNanos();
                if (i >= 0) {
                    fill[i] = (screen.shownAt.get() - lastAnswer) / 1e6;
                    reader[i] = (lastAnswer - inserted) / 1e6;
                }
                SwingUtilities.invokeAndWait(screen::nextApplicant);
            }
            Arrays.sort(fill);
            Arrays.sort(reader);
            System.out.printf(Locale.ROOT, "FIGURE card-fill-pcsc-last-answer-to-screen: p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms over %d cards (SocialSecurityCardReader through pcscd+vpcd, synthetic card; real"
                    + " intake panel, presenters and funnel; 放卡即读)%n", pct(fill, 50), pct(fill, 95),
                    fill[cards - 1], cards);
            System.out.printf(Locale.ROOT, "FIGURE card-fill-pcsc-reader: p50 %.1f ms, p95 %.1f ms, max %.1f ms from"
                    + " the card's insertion to its last answer (pcscd noticing it, then 11 APDUs)%n",
                    pct(reader, 50), pct(reader, 95), reader[cards - 1]);
            SwingUtilities.invokeAndWait(screen::close);
        }
    }

    private static <T> T onEdt(java.util.function.Supplier<T> read) throws Exception {
        Object[] out = new Object[1];
        SwingUtilities.invokeAndWait(() -> out[0] = read.get());
        @SuppressWarnings("unchecked")
        T value = (T) out[0];
        return value;
    }

    private static long findBefore(List<Long> finds, long lastByte) {
        long found = Long.MIN_VALUE;
        for (long t : finds) {
            if (t <= lastByte && t > found) {
                found = t;
            }
        }
        return found;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The intake screen wired as ClientApp wires it, in a 1366 × 768 window. */
    private static final class Screen {
        final AtomicLong shownAt = new AtomicLong();
        volatile String expected;
        volatile CountDownLatch latch;
        CardReadingPresenter cards;
        IntakePresenter intake;
        JFrame frame;

        void build(FakeHallApi api, SwingBackgroundTasks tasks, Messages messages, ReaderSettings settings) {
            ClientApp.installLookAndFeel(Theme.LIGHT);
            intake = new IntakePresenter(api, tasks, messages, LocalDate::now, () -> UUID.randomUUID().toString(),
                    r -> { });
            IntakePanel panel = new IntakePanel(messages, intake, new CreateCaseAction(messages, intake),
                    new PrintGuideAction(messages, intake, e -> { }));
            cards = new CardReadingPresenter(intake, new ReaderConnection(
                    new SystemReaderDevices(WltDecoder.NONE, Clock.systemDefaultZone()), settings), tasks, api,
                    messages, LocalDate::now);
            ReadCardAction read = new ReadCardAction(messages, cards);
            CancelCardReadAction cancel = new CancelCardReadAction(messages, cards);
            JTextField number = (JTextField) find(panel, IntakePanel.ID_FIELD);
            number.getDocument().addDocumentListener(new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    if (number.getText().equals(expected)) {
                        // runs after the repaint this change queued: the number is on screen then
                        SwingUtilities.invokeLater(() -> {
                            shownAt.set(System.nanoTime());
                            latch.countDown();
                        });
                    }
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                }
            });
            frame = new JFrame("card-fill bench");
            frame.setContentPane(panel);
            frame.setBounds(0, 0, 1366, 768);
            frame.setVisible(true);
            panel.attachCardReading(cards, new CardReadingBar(cards, read, cancel,
                    new RetryCardReadAction(messages, cards)), read, cancel);
            intake.loadItems();
        }

        CountDownLatch expect(String number) {
            expected = number;
            latch = new CountDownLatch(1);
            return latch;
        }

        String status() {
            return cards.state().phase() + " " + cards.state().message();
        }

        void nextApplicant() {
            intake.setApplicantName("");
            intake.setIdNumber("");
        }

        void close() {
            cards.dispose();
            frame.dispose();
        }

        private static Component find(Container root, String name) {
            for (Component c : root.getComponents()) {
                if (name.equals(c.getName())) {
                    return c;
                }
                if (c instanceof Container k) {
                    Component found = find(k, name);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }
}
