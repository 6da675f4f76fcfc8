package org.yichuang.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.yichuang.core.queue.CallAnnouncement;

/** The board's pre-rendered Mandarin segments (scripts/make-board-audio.sh) cover every announcement core can make. */
class BoardAudioTest {
    private static final String DIR = "/org/yichuang/server/queue/board/audio/";

    @Test
    void every_segment_and_the_chime_is_a_short_16_khz_mono_recording_with_sound_in_it() throws Exception {
        List<String> keys = new ArrayList<>(CallAnnouncement.allSegments());
        keys.add("chime");
        for (String key : keys) {
            try (InputStream raw = BoardAudioTest.class.getResourceAsStream(DIR + key + ".wav")) {
                assertThat(raw).as(key).isNotNull();
                try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
                    AudioFormat f = in.getFormat();
                    assertThat(f.getSampleRate()).as(key).isEqualTo(16_000f);
                    assertThat(f.getChannels()).as(key).isEqualTo(1);
                    assertThat(f.getSampleSizeInBits()).as(key).isEqualTo(16);
                    double seconds = in.getFrameLength() / f.getSampleRate();
                    assertThat(seconds).as(key).isBetween(0.1, 2.0);
                    assertThat(peak(in.readAllBytes())).as(key + " is not silence").isGreaterThan(3000);
                }
            }
        }
    }

    private static int peak(byte[] pcm16le) {
        int peak = 0;
        for (int i = 0; i + 1 < pcm16le.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((pcm16le[i] & 0xff) | (pcm16le[i + 1] << 8))));
        }
        return peak;
    }
}
