package org.yichuang.server.hall;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Halls (政务服务大厅). */
@UseClasspathSqlLocator
@RegisterConstructorMapper(HallRow.class)
public interface HallDao {
    @SqlQuery
    int countHalls();

    /** The hall this server serves: the first one registered. */
    @SqlQuery
    Optional<HallRow> firstHall();

    /** The settings of the hall this server serves (the first one registered). */
    @SqlQuery
    @RegisterConstructorMapper(HallSettingsRow.class)
    Optional<HallSettingsRow> settings();

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertHall(String name, String zoneId);
}
