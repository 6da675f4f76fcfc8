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
import org.yichuang.core.catalog.ImplementationCode;
import org.yichuang.core.catalog.ServiceBundle;
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

    /** Wires the service. */
    public BundleService(Jdbi jdbi, CatalogWriter writer, Clock clock) {
        this.jdbi = jdbi;
        this.writer = writer;
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
