package org.yichuang.server.catalog;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The service catalog (事项目录). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(ItemRow.class)
public interface ItemDao {
    /** Items in force, ordered by department and name. */
    @SqlQuery
    List<ItemRow> listInForce();

    @SqlQuery
    Optional<ItemRow> findInForce(String implementationCode);

    @SqlQuery
    int countAll();

    /** Inserts the item (the id of the argument is ignored); returns the new id. */
    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(@BindMethods ItemRow item);
}
