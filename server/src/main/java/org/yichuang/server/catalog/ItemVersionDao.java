package org.yichuang.server.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yichuang.core.api.CatalogListing;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/**
 * Item versions (事项版本). The version in force at {@code at} is the highest version whose effective time is not
 * after {@code at}; an item whose current version is withdrawn (停用) has none.
 */
@UseClasspathSqlLocator
@RegisterRecordMapper(VersionRow.class)
@RegisterRecordMapper(InForceRow.class)
@RegisterRecordMapper(CatalogListing.class)
public interface ItemVersionDao {
    @SqlQuery
    Optional<VersionRow> inForceAt(String implementationCode, Instant at);

    /** Every item in force at {@code at}, ordered by department, name and code. */
    @SqlQuery
    List<VersionRow> allInForceAt(Instant at);

    /** Summaries of {@link #allInForceAt}, read from the stored items without parsing them. */
    @SqlQuery
    List<InForceRow> summariesInForceAt(Instant at);

    /** The item's versions, newest first: at most {@code limit} of them, all when it is null. */
    @SqlQuery
    List<VersionRow> newestFirst(String implementationCode, Integer limit);

    /** Every version of the item, newest first. */
    default List<VersionRow> history(String implementationCode) {
        return newestFirst(implementationCode, null);
    }

    /** The highest version of the item, whatever its effective time. */
    default Optional<VersionRow> latest(String implementationCode) {
        return newestFirst(implementationCode, 1).stream().findFirst();
    }

    /** The highest version of every item that has one, ordered by department, name and code. */
    @SqlQuery
    List<VersionRow> latestOfAll();

    /** The latest version of every item as the administrator's list shows it, without reading whole items. */
    @SqlQuery
    List<CatalogListing> listings();

    /** Implementation codes of items that have at least one version. */
    @SqlQuery
    List<String> versionedCodes();

    @SqlQuery
    int countAll();

    /** Inserts versions in one batch. */
    @SqlBatch
    void insertAll(@BindMethods List<NewVersion> versions);
}
