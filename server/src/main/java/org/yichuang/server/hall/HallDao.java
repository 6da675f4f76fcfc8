package org.yichuang.server.hall;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Halls (政务服务大厅). */
@UseClasspathSqlLocator
@RegisterRecordMapper(HallRow.class)
public interface HallDao {
    @SqlQuery
    int countHalls();

    /** The hall this server serves: the first one registered. */
    @SqlQuery
    Optional<HallRow> firstHall();

    /** The settings of the hall this server serves (the first one registered). */
    @SqlQuery
    @RegisterRecordMapper(HallSettingsRow.class)
    Optional<HallSettingsRow> settings();

    /** The settings of every hall (the day boundary runs at each hall's midnight and cut-off). */
    @SqlQuery
    @RegisterRecordMapper(HallSettingsRow.class)
    List<HallSettingsRow> allSettings();

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertHall(String name, String zoneId);

    /** Whether items of a risk category may allow 容缺 (RULES.md §2.2; default no). */
    @SqlQuery
    boolean riskyItemsMayDefer();

    /** Names the 行政复议机关 and 人民法院 of the hall's refusals (issue 10). */
    @SqlUpdate
    void setRemedies(long hallId, String reconsiderationBody, String court);

    // issue 10: hall settings

    /** The 大厅设置 of a hall, its row locked until the transaction ends (a save reads, compares and writes). */
    @SqlQuery
    @RegisterRecordMapper(HallDocumentSettingsRow.class)
    Optional<HallDocumentSettingsRow> documentSettings(long hallId);

    /** The hall's own document kind codes. */
    @SqlQuery
    @RegisterRecordMapper(HallKindCodeRow.class)
    List<HallKindCodeRow> documentCodes(long hallId);

    @SqlUpdate
    int saveDocumentSettings(long hallId, String reconsiderationBody, String court, String deferralFailurePolicy,
            boolean riskyItemsMayDefer, String documentNumberPattern, String documentAbbreviation,
            String consultingPhone, String supervisionPhone);

    @SqlUpdate
    void deleteDocumentCodes(long hallId);

    @SqlUpdate
    void insertDocumentCode(long hallId, String kind, String code);
}
