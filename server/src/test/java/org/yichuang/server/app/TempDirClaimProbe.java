package org.yichuang.server.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server start reduced to its temporary directory, in a JVM of its own for {@link PrivateTempDirTest}: claims
 * {@code args[0]/tmp}, makes a font copy there as AWT would, collects garbage, says so, then waits to be killed.
 */
public final class TempDirClaimProbe {
    static final String READY = "claimed";

    private TempDirClaimProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        PrivateTempDir.claim(dataDir, System.getProperty("java.io.tmpdir"));
        Files.createTempFile("+~JF", ".tmp");   // what Font.createFont(InputStream) does
        // a server runs for months: its lock must survive garbage collection
        System.gc();
        // the cleaner thread closes what the collection found unreachable; it runs on its own, and the JDK offers no
        // public way to wait for it (its Cleaner is internal), so the probe gives it a moment before saying ready
        Thread.sleep(200);
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();   // until the test kills this JVM
    }
}
