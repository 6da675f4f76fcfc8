package org.yichuang.client.queue.reception;

import java.time.ZoneId;
import java.util.function.Supplier;
import org.yichuang.client.print.DocumentPrinting;
import org.yichuang.client.print.PrintOutcome;
import org.yichuang.client.ui.Lazy;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.ticket.TicketData;
import org.yichuang.reports.ticket.TicketRenderer;

/**
 * The ticket through Jasper ({@code reports} {@link TicketRenderer}) to the counter's 80 mm printer, through the
 * client's print queue: a printer that is offline or not chosen keeps the ticket waiting there, never lost. The hall's
 * name and public base URL (the QR code's host) are asked of the server once.
 */
public final class JasperTicketPrinting implements TicketPrinting {
    /** The title a ticket has in the print queue and in the print job's name. */
    public static final String TITLE = "排队小票";

    private final HallApi api;
    private final DocumentPrinting printing;
    private final Supplier<TicketRenderer> renderer;
    private volatile HallInfo hall;

    /** Prints through {@code printing}; the renderer is made on the first ticket (Jasper takes a second to load). */
    public JasperTicketPrinting(HallApi api, DocumentPrinting printing, ZoneId hallZone) {
        this.api = api;
        this.printing = printing;
        this.renderer = new Lazy<>(() -> new TicketRenderer(hallZone));
    }

    @Override
    public PrintOutcome print(TicketView ticket) throws Exception {
        HallInfo h = hall;
        if (h == null) {
            h = api.hallInfo();
            hall = h;
        }
        byte[] pdf = renderer.get().pdf(TicketData.of(ticket, h));
        return printing.printLocal(ticket.number(), TITLE, Paper.RECEIPT_80MM, pdf);
    }
}
