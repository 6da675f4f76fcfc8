package org.yichuang.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {
    @TempDir
    Path dir;

    @Test
    void options_are_parsed_with_a_space_or_an_equals_sign() {
        LaunchOptions o = LaunchOptions.parse(new String[] {"--server", "http://h:1", "--counter=3", "--locale", "en"},
                Map.of());
        assertThat(o.server()).isEqualTo("http://h:1");
        assertThat(o.counterNo()).isEqualTo("3");
        assertThat(o.locale()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--colour"}, Map.of()))
                .hasMessage("unknown option --colour");
    }

    @Test
    void help_is_recognised_in_both_spellings_wherever_it_stands() {
        assertThat(LaunchOptions.wantsHelp(new String[] {"--help"})).isTrue();
        assertThat(LaunchOptions.wantsHelp(new String[] {"--server", "x", "-h"})).isTrue();
        assertThat(LaunchOptions.wantsHelp(new String[] {"--server", "x"})).isFalse();
        assertThat(LaunchOptions.USAGE).contains("--help").contains("--locale");
    }

    @Test
    void client_help_prints_only_the_usage_and_exits_with_status_0() throws Exception {
        for (String flag : List.of("--help", "-h")) {
            Result r = run(flag);
            assertThat(r.status).as(flag).isZero();
            assertThat(r.stderr).as(flag).doesNotContain("unknown option").isBlank();
            assertThat(r.stdout.strip()).as(flag).isEqualTo(LaunchOptions.USAGE.strip());
        }
        Result bad = run("--colour");
        assertThat(bad.status).isEqualTo(2);
        assertThat(bad.stderr).startsWith("unknown option --colour").contains("usage:");
    }

    private record Result(int status, String stdout, String stderr) {
    }

    /** Runs the real main class in a fresh JVM, headless: --help must not need a display. */
    private Result run(String arg) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ClientApp.class.getName(), arg).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exits").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
