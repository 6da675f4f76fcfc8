package org.yichuang.client.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.WltDecoder;
import org.yichuang.client.identity.sam.PtyPair;
import org.yichuang.client.identity.sam.SamReader;
import org.yichuang.client.identity.sam.SamTimeouts;
import org.yichuang.client.identity.sam.SimulatedSam;
import org.yichuang.client.identity.sam.TextBlocks;

/**
 * FIGURE sam-read-latency (issue 11): from the reader's last byte to an {@link IdentityCard} returned, over a real
 * socat pty pair with the simulated SAM (jSerialComm on both ends), p50/p95/max over N reads of a resident card placed
 * anew each time; also the part after the last byte arrived at our end, and the whole read (find, select, read).
 * The lead adds the form-filling part on top. Arguments: [reads, default 200] [warm-up reads, default 20].
 */
public final class SamReadLatencyBench {
    private SamReadLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long[] lastByteToCard = new long[reads];
        long[] receivedToCard = new long[reads];
        long[] wholeRead = new long[reads];
        try (PtyPair pty = PtyPair.start(); SimulatedSam sam = SimulatedSam.onPort(pty.b().toString());
                SamReader reader = SamReader.open(pty.a().toString(), WltDecoder.NONE, Clock.systemDefaultZone(),
                        SamTimeouts.standard())) {
            for (int i = -warmUp; i < reads; i++) {
                long before = sam.lastWriteEndNanos();
                sam.place(TextBlocks.resident());
                long start = System.nanoTime();
                IdentityCard card = reader.read(Duration.ofSeconds(5));
                long end = System.nanoTime();
                if (!"张三".equals(card.name())) {
                    throw new IllegalStateException("wrong card");
                }
                // the SAM thread notes its last write after the write returned: wait for that note, not a stale one
                long deadline = end + 1_000_000_000L;
                while (sam.lastWriteEndNanos() == before && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                if (i >= 0) {
                    lastByteToCard[i] = end - sam.lastWriteEndNanos();
                    receivedToCard[i] = end - reader.lastAnswerByteNanos();
                    wholeRead[i] = end - start;
                }
                sam.lift();
            }
        }
        System.out.printf("FIGURE sam-read-latency: from the simulated SAM's last byte (socat pty, jSerialComm) to the "
                + "IdentityCard returned: p50 %s ms, p95 %s ms, max %s ms over %d reads; after the last byte reached "
                + "the reader p95 %s ms; whole read (find, select, read of 1295 bytes) p50 %s ms, p95 %s ms%n",
                ms(lastByteToCard, 50), ms(lastByteToCard, 95), ms(lastByteToCard, 100), reads,
                ms(receivedToCard, 95), ms(wholeRead, 50), ms(wholeRead, 95));
    }

    private static String ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format("%.2f", sorted[Math.max(0, index)] / 1e6);
    }
}
