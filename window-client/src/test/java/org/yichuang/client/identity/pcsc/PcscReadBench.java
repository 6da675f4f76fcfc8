package org.yichuang.client.identity.pcsc;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import javax.smartcardio.TerminalFactory;
import org.yichuang.client.identity.IdentityCard;

/**
 * FIGURE pcsc-read: a social-security card read through the real PC/SC stack (JDK provider → libpcsclite → pcscd →
 * vsmartcard-vpcd → the synthetic card over vpcd's protocol, scripts/test-pcsc.sh): from the card's last answer
 * (the card's own clock, same JVM) to the IdentityCard returned, and the whole read with the card already in the
 * reader. The form-filling part of issue 11's figure is added on top of this by the intake screen.
 *
 * <p>Arguments: measured reads, warm-up reads. Needs YICHUANG_TEST_PCSC_* from scripts/test-pcsc.sh.
 */
public final class PcscReadBench {
    private PcscReadBench() {
    }

    public static void main(String[] args) throws Exception {
        // one INFO line per read would be the bench's output
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SocialSecurityCardReader.class))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String readerName = System.getenv("YICHUANG_TEST_PCSC_READER");
        Path socket = Path.of(System.getenv("YICHUANG_TEST_PCSC_CARD_SOCKET"));
        SyntheticSocialSecurityCard card = new SyntheticSocialSecurityCard();
        try (VpcdVirtualCard slot = new VpcdVirtualCard(socket)) {
            slot.insert(card);
            if (!TerminalFactory.getInstance("PC/SC", null).terminals().getTerminal(readerName)
                    .waitForCardPresent(10_000)) {
                throw new IllegalStateException("pcscd did not see the virtual card in " + readerName);
            }
            SocialSecurityCardReader reader = SocialSecurityCardReader.pcsc(readerName, Clock.systemDefaultZone());
            double first = -1;
            double firstTail = -1;
            double[] tail = new double[reads];
            double[] whole = new double[reads];
            for (int i = -warmup; i < reads; i++) {
                long t0 = System.nanoTime();
                IdentityCard read = reader.read(Duration.ofSeconds(10));
                long t1 = System.nanoTime();
                if (!"张三".equals(read.name())) {
                    throw new IllegalStateException("wrong card content");
                }
                double tailMs = (t1 - card.lastAnswerNanos()) / 1e6;
                double wholeMs = (t1 - t0) / 1e6;
                if (i == -warmup) {
                    first = wholeMs;
                    firstTail = tailMs;
                }
                if (i >= 0) {
                    tail[i] = tailMs;
                    whole[i] = wholeMs;
                }
            }
            Arrays.sort(tail);
            Arrays.sort(whole);
            System.out.printf(Locale.ROOT, "FIGURE pcsc-read-last-answer-to-card: p50 %.2f ms, p95 %.2f ms, max %.2f ms"
                    + " over %d reads through pcscd+vpcd (first read of the JVM %.1f ms)%n",
                    pct(tail, 50), pct(tail, 95), tail[reads - 1], reads, firstTail);
            System.out.printf(Locale.ROOT, "FIGURE pcsc-read-whole: p50 %.2f ms, p95 %.2f ms, max %.2f ms per read of"
                    + " 11 APDUs with the card in the reader (first read of the JVM %.1f ms)%n",
                    pct(whole, 50), pct(whole, 95), whole[reads - 1], first);
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
