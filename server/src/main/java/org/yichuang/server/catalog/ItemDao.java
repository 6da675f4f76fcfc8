package org.yichuang.server.catalog;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Item identities (事项) by implementation code, with the projection of their latest version. */
@UseClasspathSqlLocator
public interface ItemDao {
    /**
     * Serialises catalog writers until the transaction ends: version numbers are "latest + 1" and a version
     * conflict must be decided on the latest state, not on what another writer is about to commit.
     */
    @SqlQuery
    int lockCatalog();

    @SqlQuery
    Optional<Long> findId(String implementationCode);

    /** Every identity, including items from before versions existed. */
    @SqlQuery
    @RegisterRecordMapper(IdentityRow.class)
    List<IdentityRow> identities();

    /** Counts identities, including items from before versions existed. */
    @SqlQuery
    int countAll();

    /** Inserts an identity; returns its id. */
    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(@BindMethods ItemProjection item);

    /** Inserts identities in one batch; returns their ids in the same order. */
    @SqlBatch("insert")
    @GetGeneratedKeys("id")
    long[] insertAll(@BindMethods List<ItemProjection> items);

    /** Refreshes the projection of existing identities in one batch. */
    @SqlBatch
    void updateAll(@Bind("id") List<Long> ids, @BindMethods List<ItemProjection> items);
}
