package org.yichuang.client.identity.sam;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.WltDecoder;

/**
 * A mutation fuzzer with a fixed seed for the SAM frame reader (through the whole find → select → read cycle) and
 * the 256-byte text-block parser: inputs grow from valid frames and blocks of every card kind by bit flips,
 * interesting bytes and UTF-16 characters, splices, truncation, insertion and (often) a repaired checksum, and an
 * input that gives a new outcome (reason and message shape) joins the corpus. The only acceptable failure is a
 * {@link CardReadException}; any other throwable, or an input running longer than the per-input limit, fails the run
 * and is written to {@code target/fuzz-failures}. Runs in the test suite briefly (SamFuzzTest) and for minutes from
 * {@code scripts/fuzz-identity.sh}.
 */
public final class SamFuzzer {
    /** What a run did. */
    public record Result(String target, long inputs, long maxMicros, Map<String, Long> outcomes, int corpus,
            List<String> failures) {
        /** One line for the log. */
        public String summary() {
            return String.format("%s: %d inputs, corpus %d, slowest input %.1f ms, %d distinct outcomes, %d failures; %s",
                    target, inputs, corpus, maxMicros / 1000.0, outcomes.size(), failures.size(), outcomes);
        }
    }

    private static final SamTimeouts TINY = new SamTimeouts(Duration.ofMillis(2), Duration.ofMillis(2),
            Duration.ofMillis(2), Duration.ZERO);
    private static final char[] INTERESTING_CHARS = {'0', '1', '2', '9', ' ', '\0', 'J', 'I', 'Y', 'X', '长', '期',
            '\u3000', '\uFFFF', '\uD800', '\uDC00', '\uFFFD', '\u0001', 'A', 'Z'};
    private static final int[] INTERESTING_BYTES = {0x00, 0xFF, 0xAA, 0x96, 0x69, 0x90, 0x9F, 0x80, 0x41, 0x01, 0x04,
            0x05, 0x08, 0x7F, 0x20, 0x30};

    private final Random random;
    private static final TextBlockParser PARSER = new TextBlockParser(Clock.systemDefaultZone());

    /** A fuzzer whose inputs depend only on {@code seed}. */
    public SamFuzzer(long seed) {
        this.random = new Random(seed);
    }

    /** Fuzzes the text-block parser for {@code budget}. */
    public Result fuzzTextBlocks(Duration budget, Duration perInput) {
        List<byte[]> corpus = new ArrayList<>(blockSeeds());
        return run("text-block", corpus, budget, perInput, this::mutateBlock, SamFuzzer::textBlockTarget);
    }

    /** Fuzzes the frame reader and the cycle: each input is the SAM's three answers to find, select and read. */
    public Result fuzzFrames(Duration budget, Duration perInput) {
        List<byte[]> corpus = new ArrayList<>(frameSeeds());
        return run("frames", corpus, budget, perInput, this::mutateExchange, SamFuzzer::framesTarget);
    }

    /**
     * The frame target: {@code input} holds the SAM's answers to find, select and read, each prefixed by its 2-byte
     * length (what {@link #frameSeeds()} gives); they are played to one find → select → read cycle.
     */
    static void framesTarget(byte[] input) throws CardReadException {
        ScriptedLine line = new ScriptedLine(split(input));
        SamChannel channel = SamChannel.over(line.input(), line.output(), "fuzz", TINY);
        SamSession.over(channel, PARSER, WltDecoder.NONE).read(Duration.ZERO);
    }

    /** The text-block target: the block as given (any length). */
    static void textBlockTarget(byte[] block) throws CardReadException {
        PARSER.parse(block, java.util.Optional::empty);
    }

    /** Valid blocks of every kind (and a 长期 one): the text-block target's seeds. */
    static List<byte[]> blockSeeds() {
        return List.of(TextBlocks.resident(), TextBlocks.hmt(), TextBlocks.foreigner2017(),
                TextBlocks.foreigner2023(),
                TextBlocks.resident("李四", "2", "56", "19491231", TextBlocks.RESIDENT_NUMBER, "20100101", "长期"));
    }

    /** Valid cycles of every card kind, no card, and SW3 41: the frame target's seeds. */
    static List<byte[]> frameSeeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (byte[] text : List.of(TextBlocks.resident(), TextBlocks.hmt(), TextBlocks.foreigner2017(),
                TextBlocks.foreigner2023())) {
            seeds.add(exchange(SamFrames.response(0, 0, 0x9F, new byte[4]), SamFrames.response(0, 0, 0x90,
                    new byte[8]), SamFrames.response(0, 0, 0x90, TextBlocks.readData(text))));
        }
        seeds.add(exchange(SamFrames.response(0, 0, 0x80), new byte[0], new byte[0]));
        seeds.add(exchange(SamFrames.response(0, 0, 0x9F, new byte[4]), SamFrames.response(0, 0, 0x90,
                new byte[8]), SamFrames.response(0, 0, 0x41)));
        return seeds;
    }

    @FunctionalInterface
    private interface Target {
        void accept(byte[] input) throws CardReadException;
    }

    @FunctionalInterface
    private interface Mutator {
        byte[] mutate(byte[] input, List<byte[]> corpus);
    }

    private Result run(String name, List<byte[]> corpus, Duration budget, Duration perInput, Mutator mutator,
            Target target) {
        Map<String, Long> outcomes = new TreeMap<>();
        Set<String> shapes = new HashSet<>();
        List<String> failures = new ArrayList<>();
        long inputs = 0;
        long maxNanos = 0;
        long end = System.nanoTime() + budget.toNanos();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sam-fuzz-" + name);
            t.setDaemon(true); // a hung input must not keep the JVM alive
            return t;
        });
        try {
            int seedIndex = 0;
            while (System.nanoTime() < end && failures.isEmpty()) {
                byte[] input = seedIndex < corpus.size() ? corpus.get(seedIndex++)
                        : mutator.mutate(corpus.get(random.nextInt(corpus.size())), corpus);
                long start = System.nanoTime();
                Future<String> outcome = worker.submit(() -> {
                    try {
                        target.accept(input);
                        return "OK";
                    } catch (CardReadException e) {
                        // the shape of the message: what was wrong where, not the values (a marker letter or a length)
                        return e.reason() + ": " + e.getMessage().replaceAll("“[^”]*”|[0-9A-F]{2,}|[0-9]+", "#");
                    }
                });
                String shape;
                try {
                    shape = outcome.get(perInput.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    failures.add(save(name, "hang (over " + perInput.toMillis() + " ms)", input, null));
                    break;
                } catch (ExecutionException e) {
                    failures.add(save(name, "unhandled " + e.getCause(), input, e.getCause()));
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                maxNanos = Math.max(maxNanos, System.nanoTime() - start);
                inputs++;
                outcomes.merge(shape.substring(0, shape.indexOf(':') < 0 ? shape.length() : shape.indexOf(':')), 1L,
                        Long::sum);
                if (shapes.add(shape) && corpus.size() < 2000) {
                    corpus.add(input);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Result(name, inputs, maxNanos / 1000, outcomes, corpus.size(), failures);
    }

    private byte[] mutateBlock(byte[] block, List<byte[]> corpus) {
        byte[] b = Arrays.copyOf(block, TextBlockParser.LENGTH);
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            switch (random.nextInt(6)) {
                case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> b[random.nextInt(b.length)] = (byte) INTERESTING_BYTES[random.nextInt(
                        INTERESTING_BYTES.length)];
                case 2 -> {
                    int at = random.nextInt(b.length / 2) * 2;
                    char c = INTERESTING_CHARS[random.nextInt(INTERESTING_CHARS.length)];
                    b[at] = (byte) c;
                    b[at + 1] = (byte) (c >> 8);
                }
                case 3 -> {
                    byte[] other = corpus.get(random.nextInt(corpus.size()));
                    int from = random.nextInt(Math.min(other.length, b.length));
                    int len = random.nextInt(Math.min(other.length, b.length) - from + 1);
                    System.arraycopy(other, from, b, from, len);
                }
                case 4 -> { // a plausible date in a date field, to get past the dates to what follows
                    int[] dateFields = {36, 188, 204, 220};
                    int at = dateFields[random.nextInt(dateFields.length)];
                    String d = String.format("%04d%02d%02d", 1800 + random.nextInt(300), random.nextInt(14),
                            random.nextInt(33));
                    System.arraycopy(d.getBytes(StandardCharsets.UTF_16LE), 0, b, at, 16);
                }
                default -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
        }
        return b;
    }

    /** An input of the frame target: the three answers, each prefixed by its 2-byte length. */
    private static byte[] exchange(byte[]... answers) {
        int size = 0;
        for (byte[] a : answers) {
            size += 2 + a.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] a : answers) {
            out[at] = (byte) (a.length >> 8);
            out[at + 1] = (byte) a.length;
            System.arraycopy(a, 0, out, at + 2, a.length);
            at += 2 + a.length;
        }
        return out;
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> answers = new ArrayList<>();
        int at = 0;
        while (at + 2 <= input.length && answers.size() < 3) {
            int len = Math.min((input[at] & 0xFF) << 8 | input[at + 1] & 0xFF, input.length - at - 2);
            answers.add(Arrays.copyOfRange(input, at + 2, at + 2 + len));
            at += 2 + len;
        }
        return answers;
    }

    private byte[] mutateExchange(byte[] input, List<byte[]> corpus) {
        List<byte[]> answers = new ArrayList<>(split(input));
        while (answers.size() < 3) {
            answers.add(new byte[0]);
        }
        int which = random.nextInt(10) < 6 ? 2 : random.nextInt(3); // the read answer is where most bytes are
        byte[] a = answers.get(which);
        switch (random.nextInt(8)) {
            case 0 -> {
                if (a.length > 0) {
                    a[random.nextInt(a.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                if (a.length > 0) {
                    a[random.nextInt(a.length)] = (byte) INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
                }
            }
            case 2 -> a = Arrays.copyOf(a, random.nextInt(a.length + 1)); // truncated
            case 3 -> { // noise inserted (before the preamble, or inside the frame)
                int at = random.nextInt(a.length + 1);
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                byte[] b = new byte[a.length + noise.length];
                System.arraycopy(a, 0, b, 0, at);
                System.arraycopy(noise, 0, b, at, noise.length);
                System.arraycopy(a, at, b, at + noise.length, a.length - at);
                a = b;
            }
            case 4 -> { // the text block of the read answer mutated like the parser's, checksum repaired below
                if (which == 2 && a.length >= 14 + 256) {
                    byte[] block = mutateBlock(Arrays.copyOfRange(a, 11, 11 + 256), corpus.size() > 0
                            ? List.of(TextBlocks.resident(), TextBlocks.hmt()) : corpus);
                    System.arraycopy(block, 0, a, 11, 256);
                }
            }
            case 5 -> { // a LEN or a length field of the data changed
                int[] spots = {5, 6, 7 + 3, 7 + 4, 7 + 5, 7 + 6};
                int at = spots[random.nextInt(spots.length)];
                if (at < a.length) {
                    a[at] = (byte) INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
                }
            }
            case 6 -> { // a different status byte
                if (a.length > 9) {
                    a[9] = (byte) random.nextInt(256);
                }
            }
            default -> { // an answer taken from another input
                List<byte[]> other = split(corpus.get(random.nextInt(corpus.size())));
                if (!other.isEmpty()) {
                    a = other.get(random.nextInt(other.size())).clone();
                }
            }
        }
        if (random.nextInt(10) < 7 && a.length >= 8) { // mostly a repaired checksum, so the bytes go deeper
            a[a.length - 1] = SamFrames.checksum(a, 5, a.length - 1);
        }
        answers.set(which, a);
        return exchange(answers.toArray(byte[][]::new));
    }

    private static void writeSeeds(Path dir, List<byte[]> seeds) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < seeds.size(); i++) {
            Files.write(dir.resolve("seed-" + i), seeds.get(i));
        }
    }

    private static String save(String target, String what, byte[] input, Throwable cause) {
        String hex = HexFormat.of().formatHex(input);
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Path file = dir.resolve(target + "-" + Integer.toHexString(Arrays.hashCode(input)) + ".hex");
            StringWriter trace = new StringWriter();
            if (cause != null) {
                cause.printStackTrace(new PrintWriter(trace));
            }
            Files.writeString(file, what + "\n" + hex + "\n" + trace);
            return what + " (input in " + file.toAbsolutePath() + ")";
        } catch (IOException e) {
            return what + ": " + hex;
        }
    }

    /**
     * Runs both targets: {@code SamFuzzer [seconds per target, default 150] [seed, default 20261206]}; exits 1 on any
     * failure.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--write-seeds")) { // Jazzer's seed directories (SamJazzerFuzz)
            writeSeeds(Path.of(args[1], "framesTarget"), frameSeeds());
            writeSeeds(Path.of(args[1], "textBlockTarget"), blockSeeds());
            return;
        }
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 150;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261206L;
        SamFuzzer fuzzer = new SamFuzzer(seed);
        Duration perInput = Duration.ofSeconds(5);
        Result frames = fuzzer.fuzzFrames(Duration.ofSeconds(seconds), perInput);
        System.out.println("fuzz " + frames.summary());
        Result blocks = fuzzer.fuzzTextBlocks(Duration.ofSeconds(seconds), perInput);
        System.out.println("fuzz " + blocks.summary());
        List<String> failures = new ArrayList<>(frames.failures());
        failures.addAll(blocks.failures());
        failures.forEach(f -> System.out.println("fuzz FAILURE " + f));
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
