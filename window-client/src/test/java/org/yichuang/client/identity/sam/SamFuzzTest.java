package org.yichuang.client.identity.sam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A short fuzzing run of the frame reader and the text-block parser inside the suite (8 s each, fixed seed); the
 * documented longer run is {@code scripts/fuzz-identity.sh}. Only {@code CardReadException} may come out, and no
 * input may run for more than 5 s (on this shared machine a correct input takes milliseconds).
 */
class SamFuzzTest {
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("sam.fuzz.seconds", 8));
    private static final Duration PER_INPUT = Duration.ofSeconds(5);

    @Test
    void the_frame_reader_survives_mutated_answers_with_only_card_read_exceptions() {
        SamFuzzer.Result r = new SamFuzzer(20261206L).fuzzFrames(BUDGET, PER_INPUT);
        System.out.println("fuzz " + r.summary());
        assertThat(r.failures()).isEmpty();
        assertThat(r.inputs()).isGreaterThan(100);
        // the mutations reach past the frame checks into the parser: cards read, contents refused, frames refused
        assertThat(r.outcomes()).containsKeys("OK", "CORRUPT_ANSWER", "INVALID_CONTENT", "TIMEOUT");
    }

    @Test
    void the_text_block_parser_survives_mutated_blocks_with_only_card_read_exceptions() {
        SamFuzzer.Result r = new SamFuzzer(20261207L).fuzzTextBlocks(BUDGET, PER_INPUT);
        System.out.println("fuzz " + r.summary());
        assertThat(r.failures()).isEmpty();
        assertThat(r.inputs()).isGreaterThan(1000);
        assertThat(r.outcomes()).containsKeys("OK", "INVALID_CONTENT", "UNSUPPORTED_CARD");
    }
}
