package org.yichuang.reports.notice;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.Code128;
import org.yichuang.reports.CompiledTemplates;
import org.yichuang.reports.GlyphCoverage;
import org.yichuang.reports.QrCodes;
import org.yichuang.reports.ReportService;

/**
 * Renders every document the counter issues (文书, {@link NoticeKind}) as a sealed-and-dated notice on A4 or as the
 * 80 mm slip (RULES.md §3.2): the case number as a Code 128 barcode, a QR code of the public status page, the
 * document number, the seal owner and date by the seal area, the consulting and supervision phones.
 *
 * <p>One template per paper ({@code notice-a4.jrxml}, {@code notice-80mm.jrxml}); {@link NoticeSections} words each
 * kind. A 副本 (re-print) carries the mark in its header and across the page. Thread-safe.
 */
public final class NoticeRenderer {
    private final ReportService reports;
    private final CompiledTemplates templates = new CompiledTemplates();
    private final NoticeSections sections;
    private final GlyphCoverage glyphs;

    /** Creates a renderer printing times and dates in the hall's zone (the PC's zone does not matter). */
    public NoticeRenderer(ZoneId hallZone) {
        Objects.requireNonNull(hallZone, "hallZone");
        this.reports = new ReportService(hallZone);
        this.sections = new NoticeSections(hallZone);
        this.glyphs = GlyphCoverage.ofReportFonts();
    }

    /** Renders {@code data.kind()} as PDF with the fonts embedded; {@code copy} prints it as 副本. */
    public byte[] pdf(NoticeData data, Paper paper, boolean copy) {
        return reports.toPdf(fill(data, paper, copy));
    }

    /** Renders another kind from the same data (same document number): {@code pdf(data.as(kind, number), …)}. */
    public byte[] pdf(NoticeData data, NoticeKind kind, Paper paper, boolean copy) {
        return pdf(data.kind() == kind ? data : data.as(kind, data.documentNumber()), paper, copy);
    }

    /**
     * Fills the document for preview or printing (every counterpart of a 一式两份 document is one A4 page).
     *
     * @throws IllegalArgumentException when the kind is not printed on this paper ({@link NoticeKind#papers()})
     */
    public JasperPrint fill(NoticeData data, Paper paper, boolean copy) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(paper, "paper");
        NoticeKind kind = data.kind();
        if (!kind.papers().contains(paper)) {
            throw new IllegalArgumentException(kind.title() + " is not printed on " + paper);
        }
        boolean[] missing = {false};
        List<Map<String, ?>> rows = new ArrayList<>();
        int parts = paper == Paper.A4 ? kind.counterparts() : 1;
        for (int part = 0; part < parts; part++) {
            for (Map<String, Object> row : sections.rows(data, paper)) {
                printable(row, missing);
                row.put("part", part);
                row.put("holder", kind.counterparts() > 1 ? "（" + kind.counterpartHolder(part) + "）" : null);
                rows.add(row);
            }
        }
        Map<String, Object> p = parameters(data, copy);
        printable(p, missing);
        p.put("glyphNote", missing[0] ? "注：以上内容含字库未收录的生僻字，已以“" + GlyphCoverage.PLACEHOLDER
                + "”标示，请以申请人有效身份证件为准，由经办人当面手写补正。" : null);
        p.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(reports.hallZone()));
        String template = paper == Paper.A4 ? "notice-a4" : "notice-80mm";
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.get(template), p,
                    new JRMapCollectionDataSource(rows));
            print.setName(kind.title() + "-" + data.caseNo() + (copy ? "-副本" : ""));
            return print;
        } catch (JRException e) {
            throw new IllegalStateException("cannot fill " + template + " for " + kind, e);
        }
    }

    private Map<String, Object> parameters(NoticeData d, boolean copy) {
        NoticeData.Hall hall = d.hall();
        Map<String, Object> p = new HashMap<>();
        p.put("hallName", hall.name());
        p.put("title", d.kind().title());
        p.put("copy", copy);
        p.put("documentNumber", d.documentNumber());
        p.put("caseNo", d.caseNo());
        p.put("caseBarcode", Code128.vector(d.caseNo()));
        p.put("statusUrl", d.statusUrl());
        p.put("qrCode", d.statusUrl() == null || d.statusUrl().isBlank() ? null : QrCodes.vector(d.statusUrl()));
        p.put("sealOwner", hall.sealOwner() == null ? hall.name() : hall.sealOwner());
        p.put("issueDate", sections.issueDate(d));
        p.put("phones", "咨询电话：" + dash(hall.consultingPhone()) + "　　投诉监督电话：" + dash(hall.supervisionPhone()));
        p.put("signatureLabel", NoticeSections.signatureLabel(d.kind()));
        p.put("clerk", "经办人：" + dash(d.clerk().staffName()) + "　　窗口：" + dash(d.clerk().counter()));
        return p;
    }

    /** Replaces characters no bundled font has (a PDF would drop them silently) and remembers that it did. */
    private void printable(Map<String, Object> values, boolean[] missing) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof String s) {
                String printable = glyphs.printable(s);
                missing[0] |= !printable.equals(s);
                e.setValue(printable);
            } else if (e.getValue() instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> row = (Map<String, Object>) m;
                        printable(row, missing);
                    }
                }
            }
        }
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "——" : s;
    }
}
