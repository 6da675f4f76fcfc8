package org.yichuang.client.identity.sam;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.yichuang.client.identity.CardReadException;

/**
 * Jazzer (coverage-guided libFuzzer) on the same two targets as {@link SamFuzzer}: not in the suite (the name does not
 * end in Test), run by {@code scripts/fuzz-identity.sh --jazzer} with {@code JAZZER_FUZZ=1}, one target per JVM.
 * Seeds: {@code src/test/resources/…/SamJazzerFuzzInputs/<target>/} (written by {@code SamFuzzer --write-seeds}).
 * A {@link CardReadException} is the expected answer to a bad input; anything else is a finding.
 */
class SamJazzerFuzz {
    @FuzzTest(maxDuration = "150s")
    void framesTarget(byte[] input) {
        try {
            SamFuzzer.framesTarget(input);
        } catch (CardReadException e) {
            // refused with a reason and a message: what a bad answer must give
        }
    }

    @FuzzTest(maxDuration = "150s")
    void textBlockTarget(byte[] input) {
        try {
            SamFuzzer.textBlockTarget(input);
        } catch (CardReadException e) {
            // refused with a reason and a message
        }
    }
}
