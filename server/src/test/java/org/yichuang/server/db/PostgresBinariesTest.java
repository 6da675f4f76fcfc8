package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking the embedded PostgreSQL programs into a directory others unpack into too. */
class PostgresBinariesTest {

    /**
     * Two test JVMs (or two servers given one {@code yichuang.pgBinaries}) on a fresh build both find the programs
     * missing and unpack them: the later rename meets the earlier one's directory (ENOTEMPTY), and must take it, not
     * fail (as the server's tests did in their first run in two forks).
     */
    @Test
    void two_unpacking_at_once_both_end_with_the_same_verified_copy(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("embedded-pg");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Path> install = () -> {
            together.await(30, TimeUnit.SECONDS);
            return PostgresBinaries.installAndVerify(root).home();
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> homes = two.invokeAll(List.of(install, install));

            assertThat(homes.get(0).get()).isEqualTo(homes.get(1).get());
            assertThat(homes.get(0).get().resolve("bin/postgres")).isExecutable();
            try (Stream<Path> left = Files.list(root)) {
                assertThat(left).as("no staging directory left behind").containsExactly(homes.get(0).get());
            }
        } finally {
            two.shutdownNow();
        }
    }
}
