package org.yichuang.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's font copies (AWT's {@code +~JF….tmp}) stay in its private temporary directory, also when it is
 * killed, and the next start removes them. Each client is a JVM of its own started as the launcher starts the client
 * ({@code -Djava.io.tmpdir=} the cache directory, the launcher's {@code --add-opens}) that runs the start of
 * {@link ClientApp#main} up to the bundled fonts ({@link FontCopiesProbe}), then is killed with SIGKILL.
 */
class ClientTempDirTest {
    /** Where a client started without the launcher's option would put its copies: the shared directory. */
    private static final Path SYSTEM_TMP = Path.of("/tmp");

    @TempDir
    Path home;

    private Path cache;
    private Path own;
    private final List<Process> clients = new ArrayList<>();

    @BeforeEach
    void paths() {
        cache = home.resolve("cache");
        own = ClientTempDir.defaultDirectory(Map.of("XDG_CACHE_HOME", cache.toString()), "Linux", home.toString());
    }

    @AfterEach
    void killClients() throws InterruptedException {
        for (Process p : clients) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_killed_client_leaves_its_font_copies_in_its_private_directory_and_none_in_the_shared_tmp()
            throws Exception {
        // as an older launcher or a hand-made directory would have left it: readable by everyone
        Files.createDirectories(own, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Set<Path> sharedBefore = fontCopies(SYSTEM_TMP);

        Process client = startClient();
        Set<Path> open = openFontCopies(client);
        assertThat(fontCopies(own)).as("AWT's copies of Noto Sans SC and HanaMinB").hasSizeGreaterThanOrEqualTo(2);
        assertThat(open).as("the copies the client reads").isNotEmpty().allMatch(p -> p.startsWith(own));
        assertThat(mode(own)).isEqualTo("rwx------");

        client.destroyForcibly();   // SIGKILL: no shutdown hook runs, AWT deletes nothing
        assertThat(client.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(fontCopies(own)).as("what a killed client leaves").containsAll(open);
        Set<Path> newInShared = new HashSet<>(fontCopies(SYSTEM_TMP));
        newInShared.removeAll(sharedBefore);
        // other JVMs on this machine (other builds' tests) may load fonts meanwhile; theirs are open, ours died
        newInShared.removeAll(openByAnyProcess());
        assertThat(newInShared).as("font copies the killed client left in the shared " + SYSTEM_TMP).isEmpty();
        assertThat(mode(own)).isEqualTo("rwx------");
    }

    @Test
    void the_next_start_removes_the_copies_a_killed_client_left() throws Exception {
        Process first = startClient();
        Set<Path> left = openFontCopies(first);
        first.destroyForcibly();
        first.waitFor(10, TimeUnit.SECONDS);
        assertThat(left).isNotEmpty().allMatch(Files::exists);

        Process second = startClient();
        Set<Path> secondsOwn = openFontCopies(second);

        assertThat(left).noneMatch(Files::exists);
        assertThat(fontCopies(own)).containsExactlyInAnyOrderElementsOf(secondsOwn);
    }

    @Test
    void a_second_client_of_the_same_user_removes_nothing_while_the_first_runs() throws Exception {
        Process first = startClient();
        Set<Path> firstsOwn = openFontCopies(first);
        Path stale = Files.createFile(own.resolve("+~JF123.tmp"));   // as if a third client had been killed

        Process second = startClient();
        openFontCopies(second);

        assertThat(firstsOwn).allMatch(Files::exists);
        assertThat(stale).as("removed only when no client uses the directory").exists();
        assertThat(first.isAlive()).isTrue();

        first.destroyForcibly();
        second.destroyForcibly();
        first.waitFor(10, TimeUnit.SECONDS);
        second.waitFor(10, TimeUnit.SECONDS);
        openFontCopies(startClient());
        assertThat(stale).doesNotExist();
        assertThat(firstsOwn).noneMatch(Files::exists);
    }

    @Test
    void a_temporary_directory_that_is_not_its_own_is_left_alone() throws IOException {
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        Path someoneElses = Files.createFile(elsewhere.resolve("+~JF42.tmp"));

        assertThat(ClientTempDir.claim(own, elsewhere.toString())).isEmpty();
        assertThat(ClientTempDir.claim(own, null)).isEmpty();

        assertThat(someoneElses).exists();
        assertThat(own).doesNotExist();
    }

    @Test
    void the_directory_is_under_the_users_cache_directory() {
        assertThat(ClientTempDir.defaultDirectory(Map.of(), "Linux", "/home/clerk"))
                .isEqualTo(Path.of("/home/clerk/.cache/yichuang/tmp"));
        assertThat(ClientTempDir.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/clerk"), "Linux", "/home/c"))
                .isEqualTo(Path.of("/var/cache/clerk/yichuang/tmp"));
        // the XDG spec: a relative XDG_CACHE_HOME is invalid and ignored (the launcher agrees)
        assertThat(ClientTempDir.defaultDirectory(Map.of("XDG_CACHE_HOME", "cache"), "Linux", "/home/clerk"))
                .isEqualTo(Path.of("/home/clerk/.cache/yichuang/tmp"));
        assertThat(ClientTempDir.defaultDirectory(Map.of("LOCALAPPDATA", "C:\\Users\\c\\AppData\\Local"),
                "Windows 11", "C:\\Users\\c").toString()).endsWith("Yichuang" + java.io.File.separator + "tmp");
    }

    /** Starts a client JVM the way the launcher does and waits until AWT has copied the fonts. */
    private Process startClient() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java,
                "--add-opens", "java.smartcardio/sun.security.smartcardio=ALL-UNNAMED",
                "--add-opens", "java.desktop/sun.font=ALL-UNNAMED",
                "-Djava.awt.headless=true",   // loading fonts needs no display
                "-Djava.io.tmpdir=" + own,
                "-cp", System.getProperty("java.class.path"), FontCopiesProbe.class.getName())
                .redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        clients.add(p);
        return p;
    }

    /** Waits for the client's fonts, then returns the font copies it holds open. */
    private static Set<Path> openFontCopies(Process client) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.equals(FontCopiesProbe.READY)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(ready.get(120, TimeUnit.SECONDS)).as("the client loaded its fonts; it said:%n%s", seen).isTrue();
        return openFontCopies(client.pid());
    }

    private static Set<Path> openFontCopies(long pid) {
        Set<Path> open = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.getFileName() != null && target.getFileName().toString().startsWith("+~JF")) {
                        open.add(target);
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            // the process is gone, or not ours to look at
        }
        return open;
    }

    private static Set<Path> openByAnyProcess() throws IOException {
        Set<Path> open = new HashSet<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> open.addAll(openFontCopies(Long.parseLong(n))));
        }
        return open;
    }

    private static Set<Path> fontCopies(Path dir) throws IOException {
        Set<Path> copies = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ClientTempDir.LEFTOVER_GLOB)) {
            files.forEach(copies::add);
        }
        return copies;
    }

    private static String mode(Path dir) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
    }
}
