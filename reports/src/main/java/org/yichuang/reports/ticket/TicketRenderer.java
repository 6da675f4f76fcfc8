package org.yichuang.reports.ticket;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.yichuang.reports.CompiledTemplates;
import org.yichuang.reports.GlyphCoverage;
import org.yichuang.reports.QrCodes;
import org.yichuang.reports.ReportService;

/**
 * Renders the queue ticket (排队小票, issue 12) for the 80 mm ticket printer from {@code ticket-80mm.jrxml}: the number
 * large, the category, the people ahead, the time in the hall's zone and a QR code of the phone page, with the
 * template's CJK font embedded. Thread-safe.
 */
public final class TicketRenderer {
    /** What every ticket says under the QR code: the 过号 rule applicants ask about most. */
    static final String NOTE = "请留意大厅显示屏和语音叫号；过号请到服务台咨询。";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportService reports;
    private final CompiledTemplates templates = new CompiledTemplates();
    private final GlyphCoverage glyphs = GlyphCoverage.ofReportFonts();

    /** Creates a renderer printing the time in the hall's zone (the PC's zone does not matter). */
    public TicketRenderer(ZoneId hallZone) {
        this.reports = new ReportService(Objects.requireNonNull(hallZone, "hallZone"));
    }

    /** Renders the ticket as PDF with its fonts embedded. */
    public byte[] pdf(TicketData ticket) {
        return reports.toPdf(fill(ticket));
    }

    /** Fills the ticket for preview or printing. */
    public JasperPrint fill(TicketData t) {
        Objects.requireNonNull(t, "ticket");
        Map<String, Object> p = new HashMap<>();
        p.put("hallName", t.hallName() == null ? null : glyphs.printable(t.hallName()));
        p.put("number", t.number());
        p.put("categoryName", glyphs.printable(t.categoryName()));
        p.put("priority", t.priority());
        p.put("peopleAhead", t.peopleAhead() == 0 ? "您前面没有人等候，请留意叫号" : "您前面还有 " + t.peopleAhead() + " 人等候");
        p.put("issuedAt", TIME.format(t.issuedAt().atZone(reports.hallZone())));
        p.put("statusUrl", t.statusUrl());
        p.put("qrCode", t.statusUrl() == null ? null : QrCodes.vector(t.statusUrl()));
        p.put("note", NOTE);
        p.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(reports.hallZone()));
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.get("ticket-80mm"), p, new JREmptyDataSource(1));
            print.setName("排队小票-" + t.number());
            return print;
        } catch (JRException e) {
            throw new IllegalStateException("cannot fill ticket-80mm", e);
        }
    }
}
