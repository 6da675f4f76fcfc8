package org.yichuang.client.print;

import java.util.List;

/**
 * What asking to print some documents did: how many went to a printer, and which wait in the print queue and why.
 *
 * @param printed how many papers the print system took
 * @param waiting the jobs that did not print and wait in the queue, each with its reason
 */
public record PrintOutcome(int printed, List<PrintJob> waiting) {
    /** Copies the list. */
    public PrintOutcome {
        waiting = List.copyOf(waiting);
    }

    /** Returns true when everything printed. */
    public boolean complete() {
        return waiting.isEmpty();
    }
}
