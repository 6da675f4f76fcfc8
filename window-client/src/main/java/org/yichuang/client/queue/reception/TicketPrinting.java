package org.yichuang.client.queue.reception;

import org.yichuang.client.print.PrintOutcome;
import org.yichuang.core.api.queue.TicketView;

/** Prints a ticket on the counter's 80 mm printer; blocking (the background funnel only). */
@FunctionalInterface
public interface TicketPrinting {
    /** Renders and prints the ticket; a paper that cannot print now waits in the print queue (the outcome says so). */
    PrintOutcome print(TicketView ticket) throws Exception;
}
