package org.yichuang.server.hall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.api.HallDocumentSettingsView;
import org.yichuang.core.document.DocumentKindCodes;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.hall.HallSettingsRules;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;

/**
 * The hall configuration the intake rules and the notices read (大厅设置, issue 10): the remedies' 复议机关 and 法院,
 * the 容缺 policies, the 文书编号 pattern with its kind codes and the phones every notice prints. Read and replaced
 * whole by an administrator, for the hall this server serves, after core's {@link HallSettingsRules} pass; a save is
 * one transaction with its audit row naming what changed.
 */
public final class HallDocumentSettingsService {
    private final Jdbi jdbi;
    private final Clock clock;

    /** Stores through {@code jdbi}; audit rows are stamped by {@code clock}. */
    public HallDocumentSettingsService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Returns the served hall's settings, every kind code given (the defaults included). */
    public HallDocumentSettingsView current() {
        return jdbi.inTransaction(h -> read(h, hallId(h)));
    }

    /**
     * Replaces the settings (ADMIN); a refused save changes nothing.
     *
     * @throws DomainException HALL_SETTINGS_INVALID with every problem located (core's rules)
     */
    public HallDocumentSettingsView save(Principal admin, HallDocumentSettings change) {
        HallDocumentSettings s = HallSettingsRules.normalise(change);
        return jdbi.inTransaction(h -> {
            long hall = hallId(h);
            HallDao dao = h.attach(HallDao.class);
            HallDocumentSettings before = read(h, hall).settings();
            dao.saveDocumentSettings(hall, s.reconsiderationBody(), s.court(), s.deferralFailurePolicy().name(),
                    s.riskyItemsMayDefer(), s.documentNumberPattern(), s.documentAbbreviation(), s.consultingPhone(),
                    s.supervisionPhone());
            dao.deleteDocumentCodes(hall);
            // only what differs from core's defaults is the hall's own: a later default change reaches the rest
            s.kindCodes().forEach((kind, code) -> {
                if (!code.equals(DocumentKindCodes.defaultCode(kind))) {
                    dao.insertDocumentCode(hall, kind.name(), code);
                }
            });
            h.attach(AuditDao.class).record(clock.instant(), admin.staffId(), AuditAction.HALL_SETTINGS_CHANGED,
                    "hall:" + hall, changed(before, s));
            return read(h, hall);
        });
    }

    private static long hallId(Handle h) {
        return h.attach(HallDao.class).firstHall().map(HallRow::id)
                .orElseThrow(() -> new DomainException(ErrorCode.HALL_NOT_REGISTERED));
    }

    private static HallDocumentSettingsView read(Handle h, long hall) {
        HallDao dao = h.attach(HallDao.class);
        HallDocumentSettingsRow row = dao.documentSettings(hall).orElseThrow(
                () -> new DomainException(ErrorCode.HALL_NOT_REGISTERED));
        Map<NoticeKind, String> codes = new EnumMap<>(DocumentKindCodes.defaults());
        for (HallKindCodeRow r : dao.documentCodes(hall)) {
            for (NoticeKind k : NoticeKind.values()) {
                if (k.name().equals(r.kind())) {
                    codes.put(k, r.code());
                }
            }
        }
        return new HallDocumentSettingsView(row.hallName(), new HallDocumentSettings(row.reconsiderationBody(),
                row.court(), DeferralFailurePolicy.valueOf(row.deferralFailurePolicy()), row.riskyItemsMayDefer(),
                row.documentNumberPattern(), row.documentAbbreviation(), row.consultingPhone(),
                row.supervisionPhone(), codes));
    }

    /** The audit detail: the names of the fields that changed (hall data only, nothing personal). */
    private static String changed(HallDocumentSettings a, HallDocumentSettings b) {
        List<String> out = new ArrayList<>();
        diff(out, "reconsiderationBody", a.reconsiderationBody(), b.reconsiderationBody());
        diff(out, "court", a.court(), b.court());
        diff(out, "deferralFailurePolicy", a.deferralFailurePolicy(), b.deferralFailurePolicy());
        diff(out, "riskyItemsMayDefer", a.riskyItemsMayDefer(), b.riskyItemsMayDefer());
        diff(out, "documentNumberPattern", a.documentNumberPattern(), b.documentNumberPattern());
        diff(out, "documentAbbreviation", a.documentAbbreviation(), b.documentAbbreviation());
        diff(out, "consultingPhone", a.consultingPhone(), b.consultingPhone());
        diff(out, "supervisionPhone", a.supervisionPhone(), b.supervisionPhone());
        for (NoticeKind k : NoticeKind.values()) {
            diff(out, "kindCodes." + k.name(), a.kindCodes().get(k), b.kindCodes().get(k));
        }
        return out.isEmpty() ? "unchanged" : String.join(", ", out);
    }

    private static void diff(List<String> out, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(field);
        }
    }
}
