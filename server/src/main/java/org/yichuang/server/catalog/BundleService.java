package org.yichuang.server.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.catalog.BundleRules;
import org.yichuang.core.catalog.ImplementationCode;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.Violation;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;

/** Bundles (一件事): listed for everyone, saved and deleted by administrators. */
public final class BundleService {
    private final Jdbi jdbi;
    private final CatalogWriter writer;
    private final Clock clock;
    private final ItemJson json;

    /** Wires the service; {@code json} reads the members' versions for the bundle rules. */
    public BundleService(Jdbi jdbi, CatalogWriter writer, ItemJson json, Clock clock) {
        this.jdbi = jdbi;
        this.writer = writer;
        this.json = json;
        this.clock = clock;
    }

    /** Lists every bundle by name, members in handling order. */
    public List<ServiceBundle> list() {
        return jdbi.withExtension(BundleDao.class, BundleDao::listAll).stream().map(BundleRow::bundle).toList();
    }

    /** Returns the bundle with this code, if any. */
    public Optional<ServiceBundle> find(String code) {
        return jdbi.withExtension(BundleDao.class, d -> d.find(code)).map(BundleRow::bundle);
    }

    /**
     * Creates or replaces the bundle and audits it; every member must be an item of the catalog (one with at least
     * one version, withdrawn or not).
     *
     * @throws DomainException MALFORMED_REQUEST when the path code differs, FIELD_REQUIRED, CATALOG_VALUE_INVALID,
     *                         CATALOG_DUPLICATE_CODE, or BUNDLE_ITEM_UNKNOWN listing every unknown member
     */
    public ServiceBundle save(Actor actor, String code, ServiceBundle bundle) {
        check(code, bundle);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(h -> {
            h.attach(ItemDao.class).lockCatalog();
            Set<String> known = new HashSet<>(h.attach(ItemVersionDao.class).versionedCodes());
            List<Problem> unknown = new ArrayList<>();
            Map<String, Long> ids = new HashMap<>();
            for (int i = 0; i < bundle.itemCodes().size(); i++) {
                String member = bundle.itemCodes().get(i);
                if (known.contains(member)) {
                    ids.put(member, h.attach(ItemDao.class).findId(member).orElseThrow());
                } else {
                    unknown.add(Problem.at("itemCodes[" + i + "]", ErrorCode.BUNDLE_ITEM_UNKNOWN,
                            "事项库中没有实施编码为“" + member + "”的事项。"));
                }
            }
            if (!unknown.isEmpty()) {
                throw new DomainException(ErrorCode.BUNDLE_ITEM_UNKNOWN, ErrorCode.BUNDLE_ITEM_UNKNOWN.defaultMessage(),
                        unknown);
            }
            // the member rules (own results, the bundle limit against statutory limits) read each member's newest
            // version: that is what a case of the bundle will be received under
            Map<String, ServiceItem> items = new HashMap<>();
            for (String member : ids.keySet()) {
                h.attach(ItemVersionDao.class).newestFirst(member, 1).stream().findFirst()
                        .ifPresent(v -> items.put(member, v.versioned(json).item()));
            }
            refuseViolations(BundleRules.check(bundle, items), "");
            writer.writeBundles(h, List.of(bundle), ids, actor, now);
            return h.attach(BundleDao.class).find(code).orElseThrow().bundle();
        });
    }

    /**
     * Deletes the bundle and audits it.
     *
     * @throws DomainException BUNDLE_NOT_FOUND
     */
    public void delete(Actor actor, String code) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbi.useTransaction(h -> {
            h.attach(ItemDao.class).lockCatalog();
            if (h.attach(BundleDao.class).delete(code) == 0) {
                throw new DomainException(ErrorCode.BUNDLE_NOT_FOUND);
            }
            h.attach(AuditDao.class).record(now, actor.staffId(), AuditAction.BUNDLE_DELETED, code, null);
        });
    }

    /**
     * Refuses a bundle breaking {@link BundleRules}: the first violation's code (BUNDLE_LIMIT_EXCEEDS_STATUTORY,
     * BUNDLE_ASKS_FOR_OWN_RESULT) with every violation listed at {@code prefix + field}.
     */
    static void refuseViolations(List<Violation> violations, String prefix) {
        if (violations.isEmpty()) {
            return;
        }
        List<Problem> problems = violations.stream()
                .map(v -> Problem.at(prefix + v.field(), v.code(), v.message())).toList();
        throw new DomainException(violations.get(0).code(), violations.get(0).message(), problems);
    }

    private static void check(String code, ServiceBundle bundle) {
        if (!code.equals(bundle.code())) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, "地址中的一件事编码与内容中的编码不一致。");
        }
        if (!ImplementationCode.isWellFormed(code)) {
            throw new DomainException(ErrorCode.CATALOG_VALUE_INVALID,
                    "一件事编码只能包含字母、数字和连字符，且不超过" + ImplementationCode.MAX_LENGTH + "位。");
        }
        if (bundle.name() == null || bundle.name().isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写一件事名称。");
        }
        if (bundle.itemCodes().isEmpty()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "一件事至少包含一个事项。");
        }
        if (new HashSet<>(bundle.itemCodes()).size() != bundle.itemCodes().size()) {
            throw new DomainException(ErrorCode.CATALOG_DUPLICATE_CODE, "一件事中同一事项只能出现一次。");
        }
    }
}
