package org.yichuang.server.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.hall.HallDao;

/** Saves an administrator's change to one item (修改事项) as a new version, with optimistic locking. */
public final class ItemEditService {
    private final Jdbi jdbi;
    private final ItemJson json;
    private final CatalogWriter writer;
    private final Clock clock;

    /** Wires the service. */
    public ItemEditService(Jdbi jdbi, ItemJson json, CatalogWriter writer, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * The version after a save, and whether the save stored it.
     *
     * @param created false when the change was identical to the latest version, which is returned as it is
     */
    public record Outcome(VersionedItem version, boolean created) {
    }

    /**
     * Checks and stores the change as version latest + 1 (1 for a new item) and audits it.
     *
     * @throws DomainException MALFORMED_REQUEST when the path code differs from the item's, CATALOG_RULE_VIOLATED
     *                         with every violation, CATALOG_VALUE_INVALID for a past effective time,
     *                         CATALOG_VERSION_CONFLICT when {@code baseVersion} is not the latest version
     */
    public Outcome save(Actor actor, String implementationCode, ItemChange change) {
        ServiceItem item = change.item();
        if (item == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请提交事项内容。");
        }
        if (!implementationCode.equals(item.implementationCode())) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, "地址中的实施编码与事项内容中的实施编码不一致。");
        }
        boolean riskyMayDefer = jdbi.withExtension(HallDao.class, HallDao::riskyItemsMayDefer);
        List<Problem> problems = ServiceItemRules.check(item, riskyMayDefer).stream()
                .map(v -> Problem.at(v.field(), v.code(), v.message())).toList();
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorCode.CATALOG_RULE_VIOLATED,
                    "事项信息有 " + problems.size() + " 处不符合规则，未保存。", problems);
        }
        // PostgreSQL keeps microseconds: the answer must equal what a later read returns
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant effective = change.effectiveFrom() == null ? now : change.effectiveFrom().truncatedTo(ChronoUnit.MICROS);
        if (effective.isBefore(now)) {
            // a past time would change which version earlier cases and guides were under
            throw new DomainException(ErrorCode.CATALOG_VALUE_INVALID, "生效时间不能早于当前时间。");
        }
        return jdbi.inTransaction(h -> {
            h.attach(ItemDao.class).lockCatalog();
            Optional<VersionRow> latest = h.attach(ItemVersionDao.class).latest(implementationCode);
            Integer latestVersion = latest.map(VersionRow::version).orElse(null);
            if (!Objects.equals(change.baseVersion(), latestVersion)) {
                throw new DomainException(ErrorCode.CATALOG_VERSION_CONFLICT, conflictMessage(latestVersion));
            }
            if (latest.isPresent() && latest.get().inForce() == change.inForce()
                    && json.read(latest.get().itemJson()).equals(item)) {
                return new Outcome(latest.get().versioned(json), false);
            }
            // an identity without versions is an item from before versions existed: it gets version 1
            Long itemId = latest.map(VersionRow::itemId)
                    .orElseGet(() -> h.attach(ItemDao.class).findId(implementationCode).orElse(null));
            int version = latestVersion == null ? 1 : latestVersion + 1;
            writer.writeVersions(h, List.of(new CatalogWriter.Planned(itemId, version, item, effective,
                    change.inForce())), actor, now, AuditAction.ITEM_SAVED);
            return new Outcome(new VersionedItem(item, version, effective, change.inForce(), now, actor.username()),
                    true);
        });
    }

    private static String conflictMessage(Integer latestVersion) {
        return latestVersion == null ? "该事项尚未建立，无法在已有版本上修改。"
                : "该事项已被他人修改（当前为第 " + latestVersion + " 版），请重新打开后再编辑。";
    }
}
