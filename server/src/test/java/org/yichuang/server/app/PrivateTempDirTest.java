package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's private temporary directory: mode 700, leftovers of a killed server removed, a running one's kept. */
class PrivateTempDirTest {
    @TempDir
    Path dataDir;

    @Test
    void a_second_start_on_the_data_directory_keeps_the_font_copies_of_the_running_server() throws Exception {
        Path tmp = dataDir.resolve("tmp");
        Process running = start(tmp);
        try {
            List<Path> copies = fontCopies(tmp);
            assertThat(copies).hasSize(1);

            assertThat(PrivateTempDir.claim(dataDir, tmp.toString())).isZero();
            assertThat(copies).allMatch(Files::exists);

            running.destroyForcibly();   // SIGKILL: the copy stays behind
            assertThat(running.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(PrivateTempDir.claim(dataDir, tmp.toString())).isEqualTo(1);
            assertThat(copies).noneMatch(Files::exists);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp))).isEqualTo("rwx------");
        } finally {
            running.destroyForcibly();
            running.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_temporary_directory_that_is_not_its_own_is_left_alone() throws Exception {
        Path elsewhere = Files.createDirectories(dataDir.resolve("elsewhere"));
        Path someoneElses = Files.createFile(elsewhere.resolve("+~JF42.tmp"));

        assertThat(PrivateTempDir.claim(dataDir, elsewhere.toString())).isZero();
        assertThat(PrivateTempDir.claim(dataDir, null)).isZero();

        assertThat(someoneElses).exists();
        assertThat(dataDir.resolve("tmp")).doesNotExist();
    }

    private Process start(Path tmp) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                TempDirClaimProbe.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        boolean ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.equals(TempDirClaimProbe.READY)) {
                        return true;
                    }
                }
            } catch (java.io.IOException e) {
                // the process died: reported below
            }
            return false;
        }).get(60, TimeUnit.SECONDS);
        assertThat(ready).as("the probe claimed its directory; it said:%n%s", seen).isTrue();
        return p;
    }

    private static List<Path> fontCopies(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("+~JF")).toList();
        }
    }
}
