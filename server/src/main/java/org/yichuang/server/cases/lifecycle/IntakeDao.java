package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.core.api.CaseMaterialView;
import org.yichuang.core.intake.HallIntakeSettings;
import org.yichuang.server.db.RegisterRecordMapper;

/** A case's intake (case_intakes), its materials checklist (case_materials) and the hall's intake settings (V13). */
@UseClasspathSqlLocator
@RegisterRecordMapper(HallIntakeSettings.class)
@RegisterRecordMapper(CaseMaterialView.class)
@RegisterRecordMapper(IntakeRow.class)
public interface IntakeDao {
    @SqlQuery
    HallIntakeSettings hallSettings(long caseId);

    /** Whether the case has an agent (代理人, issue 10): IntakeRules then require the 授权委托书. */
    @SqlQuery
    boolean hasAgent(long caseId);

    @SqlUpdate
    void deleteIntake(long caseId);

    @SqlUpdate
    void insertIntake(long caseId, String outcome, boolean commitmentSigned, boolean genuineIntentAsked, String reason,
            String legalBasis, String competentAuthority, String remedies, String consequence, String correctionNote,
            LocalDate supplementDueOn, LocalDate noticeServiceDueOn, LocalDate postCheckDueOn, String sealOwner,
            Instant decidedAt, long decidedBy);

    @SqlUpdate
    void insertMaterial(long caseId, @BindMethods MaterialInsert m);

    @SqlQuery
    List<CaseMaterialView> materials(long caseId);

    @SqlUpdate
    int markSupplemented(long caseId, String name, String channel, boolean originalVerified, int originals,
            int copies, int pages, Instant at);

    @SqlQuery
    Optional<IntakeRow> intake(long caseId);

    @SqlQuery
    List<Long> supplementOverdue(Instant now, int limit);

    /** One checklist line to insert. */
    record MaterialInsert(int position, String name, String status, String channel, boolean originalVerified,
            int originals, int copies, int pages, String problem, Instant receivedAt) {
    }
}
