package org.yichuang.server.catalog;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Bundles (一件事) and their member items in handling order. */
@UseClasspathSqlLocator
@RegisterRecordMapper(BundleRow.class)
public interface BundleDao {
    /** Every bundle ordered by name, members in handling order. */
    @SqlQuery
    List<BundleRow> listAll();

    @SqlQuery
    Optional<BundleRow> find(String code);

    /** Inserts the bundle or replaces its name, description, run mode and own limit; returns its id. */
    @SqlQuery
    long upsert(String code, String name, String description, String runMode, Integer limitValue,
            String limitUnit);

    @SqlUpdate
    void removeMembers(long bundleId);

    /** Adds members in one batch; the lists run in parallel. */
    @SqlBatch
    void addMembers(List<Long> bundleId, List<Integer> position, List<Long> itemId);

    /** Deletes the bundle with its member list; returns the number of bundles deleted. */
    @SqlUpdate
    int delete(String code);
}
