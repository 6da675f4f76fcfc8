package org.yichuang.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.sam.SamChannel;
import org.yichuang.client.identity.sam.SamFrames;
import org.yichuang.client.identity.sam.SamResponse;
import org.yichuang.client.identity.sam.SamTimeouts;
import org.yichuang.client.identity.sam.TextBlockParser;
import org.yichuang.core.identity.IdNumber;

/**
 * FIGURE sam-text-block (issue 11, for the record): 256-byte text blocks of a resident ID parsed per second on one
 * core (every field checked, the number by GB 11643), the same for a 2017 foreigner's card, and the whole 1295-byte
 * read answer (frame checks, then the block) from memory. Synthetic, invented data.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class SamTextBlockBench {
    private static final OutputStream NOWHERE = OutputStream.nullOutputStream();

    private TextBlockParser parser;
    private byte[] resident;
    private byte[] foreigner;
    private byte[] readFrame;

    /** Builds the blocks once. */
    @Setup
    public void setUp() {
        parser = new TextBlockParser(Clock.systemDefaultZone());
        resident = blank();
        put(resident, 0, 30, "张三");
        put(resident, 30, 2, "1");
        put(resident, 32, 4, "01");
        put(resident, 36, 16, "19491231");
        put(resident, 52, 70, "北京市东城区景山前街4号");
        put(resident, 122, 36, "11010519491231002" + IdNumber.checkDigit("11010519491231002"));
        put(resident, 158, 30, "北京市公安局东城分局");
        put(resident, 188, 16, "20150101");
        put(resident, 204, 16, "20350101");
        foreigner = blank();
        put(foreigner, 0, 120, "SMITH, JOHN");
        put(foreigner, 120, 2, "1");
        put(foreigner, 122, 30, "USA110049012301");
        put(foreigner, 152, 6, "USA");
        put(foreigner, 158, 30, "史密斯");
        put(foreigner, 188, 16, "20200101");
        put(foreigner, 204, 16, "20300101");
        put(foreigner, 220, 16, "19490123");
        put(foreigner, 240, 8, "1100");
        put(foreigner, 248, 2, "I");
        byte[] data = new byte[4 + 256 + 1024];
        data[0] = 0x01;
        data[2] = 0x04;
        System.arraycopy(resident, 0, data, 4, 256);
        readFrame = SamFrames.response(0, 0, 0x90, data);
        try {
            if (!"张三".equals(residentBlock().name()) || !"史密斯".equals(foreignerBlock().name())
                    || wholeReadAnswer() == null) {
                throw new IllegalStateException("the fixtures do not parse");
            }
        } catch (CardReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resident ID's block. */
    @Benchmark
    public IdentityCard residentBlock() throws CardReadException {
        return parser.parse(resident, Optional::empty);
    }

    /** A 2017 foreigner's card's block. */
    @Benchmark
    public IdentityCard foreignerBlock() throws CardReadException {
        return parser.parse(foreigner, Optional::empty);
    }

    /** The 1295-byte answer to the read command: preamble, length, checksum, layout, then the block. */
    @Benchmark
    public IdentityCard wholeReadAnswer() throws CardReadException {
        SamChannel channel = SamChannel.over(new ByteArrayInputStream(readFrame), NOWHERE, "bench",
                SamTimeouts.standard());
        SamResponse r = channel.readResponse(Duration.ofSeconds(1));
        byte[] text = new byte[256];
        System.arraycopy(r.data(), 4, text, 0, 256);
        return parser.parse(text, Optional::empty);
    }

    private static byte[] blank() {
        byte[] b = new byte[256];
        put(b, 0, 256, "");
        return b;
    }

    private static void put(byte[] b, int offset, int length, String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(v, 0, b, offset, v.length);
        for (int i = offset + v.length; i < offset + length; i += 2) {
            b[i] = ' ';
            b[i + 1] = 0;
        }
    }
}
