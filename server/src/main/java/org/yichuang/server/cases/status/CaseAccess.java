package org.yichuang.server.cases.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.intake.CollectionMethod;

/**
 * What the notices print for the applicant's own follow-up (issue 10 item 8): the public status page's address (its
 * QR code), the 查询密码 made when the case is accepted, and the 领取方式 chosen at intake. Used inside the issuing
 * transaction.
 */
public final class CaseAccess {
    /** The status page's path prefix: {@code /s/{caseNo}}. */
    public static final String PATH = "/s/";

    private final QueryPasswords passwords;
    private final Supplier<String> defaultBaseUrl;

    /**
     * @param defaultBaseUrl the server's public address (--public-url, else its own) for halls that configured none
     */
    public CaseAccess(QueryPasswords passwords, Supplier<String> defaultBaseUrl) {
        this.passwords = passwords;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** Returns the case's status page, e.g. {@code https://zwfw.example.gov.cn/s/2026120600001}. */
    public String statusUrl(Handle h, long caseId, String caseNo) {
        String base = h.attach(StatusDao.class).publicBaseUrl(caseId).orElseGet(defaultBaseUrl);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + path(caseNo);
    }

    /** Returns the path of a case's status page (the case number as one encoded segment). */
    public static String path(String caseNo) {
        return PATH + URLEncoder.encode(caseNo, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Makes the case's 查询密码 and stores its hash, unless it has one already.
     *
     * @return the password in clear, to print once; null when the case had one (it was printed then)
     */
    public String issuePassword(Handle h, long caseId, String caseNo, Instant now) {
        String password = passwords.generate();
        int stored = h.attach(StatusDao.class).insertPassword(caseId, passwords.hash(caseNo, password), now);
        return stored == 1 ? password : null;
    }

    /** Returns the 领取方式 as printed (窗口领取 …), or null when none was chosen. */
    public String collectionMethodLabel(Handle h, long caseId) {
        return h.attach(StatusDao.class).collectionMethod(caseId).map(m -> CollectionMethod.valueOf(m).label())
                .orElse(null);
    }
}
