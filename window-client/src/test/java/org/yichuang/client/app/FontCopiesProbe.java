package org.yichuang.client.app;

import org.yichuang.client.ui.CjkFonts;
import org.yichuang.reports.fonts.BundledFonts;

/**
 * The start of {@link ClientApp#main} up to the bundled fonts, in a JVM of its own for {@link ClientTempDirTest}:
 * claims the temporary directory, makes AWT copy Noto Sans SC and HanaMinB, says so, then waits to be killed.
 */
public final class FontCopiesProbe {
    /** Printed on standard output once the fonts are loaded. */
    static final String READY = "fonts loaded";

    private FontCopiesProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        ClientApp.claimTempDir();
        CjkFonts.load(BundledFonts.regular());
        CjkFonts.load(BundledFonts.fallback());
        // a long-running client collects garbage: the directory's lock must survive it (its channel stays reachable)
        System.gc();
        // the cleaner thread closes what the collection found unreachable; it runs on its own, and the JDK offers no
        // public way to wait for it (its Cleaner is internal), so the probe gives it a moment before saying ready
        Thread.sleep(200);
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();   // until the test kills this JVM
    }
}
