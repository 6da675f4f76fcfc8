package org.yichuang.client.print;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.notice.Paper;

/**
 * The counter's printers, one per paper (本窗口打印机): the A4 printer (the one the receipt and guide previews
 * already remember, {@link ClientPrefs#KEY_PRINTER}) and the 80 mm thermal printer ({@link ClientPrefs#KEY_PRINTER_80MM}).
 * They are configured separately because a counter usually has both, and a slip sent to the laser printer wastes
 * an A4 sheet while a notice sent to the thermal printer is unreadable.
 */
public final class CounterPrinters {
    private final ClientPrefs prefs;
    private final Supplier<Optional<String>> systemDefault;

    /** {@code systemDefault} names the PC's default printer; called off the EDT only. */
    public CounterPrinters(ClientPrefs prefs, Supplier<Optional<String>> systemDefault) {
        this.prefs = prefs;
        this.systemDefault = systemDefault;
    }

    /** Returns the printer chosen for {@code paper}, if any. */
    public Optional<String> configured(Paper paper) {
        return prefs.get(key(paper));
    }

    /**
     * Returns where {@code paper} prints: the chosen printer; for A4 the PC's default printer when none was chosen;
     * empty when there is nowhere to print (the job then waits in the print queue until a printer is chosen).
     * May look up the system default: call off the EDT.
     */
    public Optional<String> printerFor(Paper paper) {
        Optional<String> chosen = configured(paper);
        if (chosen.isPresent() || paper != Paper.A4) {
            return chosen;
        }
        return systemDefault.get();
    }

    /** Remembers the printer for {@code paper}; null or blank forgets it. */
    public void set(Paper paper, String printer) {
        prefs.put(key(paper), printer);
        prefs.flush();
    }

    /**
     * Returns the paper a document prints on at this counter: the 80 mm roll when the document exists on it and the
     * counter has a thermal printer, A4 otherwise (every notice exists on A4).
     */
    public Paper paperFor(Collection<Paper> available) {
        if (available.contains(Paper.RECEIPT_80MM) && configured(Paper.RECEIPT_80MM).isPresent()
                || !available.contains(Paper.A4) && !available.isEmpty()) {
            return available.contains(Paper.RECEIPT_80MM) ? Paper.RECEIPT_80MM : available.iterator().next();
        }
        return Paper.A4;
    }

    private static String key(Paper paper) {
        return paper == Paper.RECEIPT_80MM ? ClientPrefs.KEY_PRINTER_80MM : ClientPrefs.KEY_PRINTER;
    }
}
