package org.yichuang.server.cases.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;

/**
 * The HTML of the public status page: the password form, and the case once the password matched. Every text is
 * escaped; the only inline resource is the style sheet, allowed by its hash (no script at all).
 */
public final class StatusPage {
    private final String css;
    private final String contentSecurityPolicy;

    /** Reads the style sheet next to this class. */
    public StatusPage() {
        try (InputStream in = StatusPage.class.getResourceAsStream("status.css")) {
            if (in == null) {
                throw new IllegalStateException("missing status.css");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the form posts to this page only; nothing loads from anywhere but the server's font, nothing may frame it
        contentSecurityPolicy = "default-src 'none'; style-src " + hash(css) + "; font-src 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'";
    }

    /** Returns the page's content security policy. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /**
     * The form asking for the 查询密码 (nothing about the case is shown before it).
     *
     * @param error the message to show above it, or null
     */
    public String form(String caseNo, String action, String error) {
        StringBuilder b = start("办件查询");
        b.append("<h1>办件进度查询</h1><p class=\"case\">办件编号：").append(esc(caseNo)).append("</p>");
        if (error != null) {
            b.append("<p class=\"error\" id=\"status-error\" role=\"alert\">").append(esc(error)).append("</p>");
        }
        b.append("<form method=\"post\" action=\"").append(esc(action)).append("\">")
                .append("<label for=\"password\">查询密码</label>")
                .append("<input id=\"password\" name=\"password\" autocomplete=\"off\" autocapitalize=\"characters\""
                        + " spellcheck=\"false\" maxlength=\"32\" required=\"required\" autofocus=\"autofocus\"/>")
                .append("<button type=\"submit\" id=\"status-submit\">查询</button></form>")
                .append("<p class=\"note\">查询密码印在《受理通知书》上（8位字母和数字）。遗失的，请携带身份证件到大厅窗口咨询。</p>");
        return end(b);
    }

    /** The case's status. */
    public String status(StatusView v) {
        StringBuilder b = start("办件进度");
        b.append("<h1>办件进度</h1><p class=\"case\">").append(esc(v.hallName())).append(" · 办件编号：")
                .append(esc(v.caseNo())).append("</p><dl id=\"status-facts\">");
        fact(b, "办理状态", "<span class=\"state\" id=\"status-state\">" + esc(v.state()) + "</span>");
        fact(b, "事项名称", esc(v.itemName()));
        fact(b, "实施机关", esc(v.department()));
        fact(b, "申请人", esc(v.applicantMasked()));
        fact(b, "收件日期", day(v.receivedOn()));
        fact(b, "受理日期", day(v.acceptedOn()));
        fact(b, "预计办结日", day(v.promisedDueOn()));
        fact(b, "办结日期", day(v.decidedOn()));
        fact(b, "送达日期", day(v.deliveredOn()));
        fact(b, "领取方式", v.collection() == null ? null : esc(v.collection()));
        if (!v.outstanding().isEmpty()) {
            StringBuilder list = new StringBuilder("<ul class=\"outstanding\" id=\"status-outstanding\">");
            v.outstanding().forEach(m -> list.append("<li>").append(esc(m)).append("</li>"));
            list.append("</ul>");
            if (v.supplementDueOn() != null) {
                list.append("<span class=\"note\">请于").append(day(v.supplementDueOn())).append("前补交</span>");
            }
            fact(b, "待补交材料", list.toString());
        }
        b.append("</dl><p class=\"note\">本页不显示证件号码等个人信息。如有疑问，请咨询大厅窗口。</p>");
        return end(b);
    }

    private static void fact(StringBuilder b, String label, String html) {
        if (html != null && !html.isEmpty()) {
            b.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(html).append("</dd></div>");
        }
    }

    private StringBuilder start(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<meta name=\"robots\" content=\"noindex\"/><title>").append(esc(title))
                .append("</title><style>").append(css).append("</style></head><body><header>办件查询</header><main>");
    }

    private static String end(StringBuilder b) {
        return b.append("</main></body></html>").toString();
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
