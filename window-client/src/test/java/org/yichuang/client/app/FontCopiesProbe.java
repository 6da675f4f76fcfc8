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
        Thread.sleep(200);   // the cleaner thread closes what the collection found unreachable
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
