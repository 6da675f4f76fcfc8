package org.yichuang.server.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.CaseMaterialView;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.intake.HallIntakeSettings;
import org.yichuang.core.intake.MaterialStatus;
import org.yichuang.core.intake.Remedies;
import org.yichuang.core.intake.OutstandingMaterial;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.reports.notice.NoticeData;
import org.yichuang.server.cases.lifecycle.IntakeDao;
import org.yichuang.server.cases.lifecycle.IntakeRow;
import org.yichuang.server.catalog.ItemJson;
import org.yichuang.server.cases.bundle.BundleCaseDao;
import org.yichuang.server.cases.bundle.BundleMemberRow;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.CaseKind;

/**
 * Builds what a notice prints from what the server stores (RULES.md §3.2): the case after its outcome, its intake
 * and checklist, the item version it was received under and the hall's configuration. Read in the issuing
 * transaction, so it prints the outcome being recorded.
 */
final class NoticeAssembler {
    /** Item versions never change; bounded for very large catalogs. */
    private static final int MAX_CACHED_ITEMS = 10_000;
    /** Printed for the resident ID numbers persons hold today (the only document type the persons table keeps). */
    private static final String CREDIT_CODE = "统一社会信用代码";

    private final ItemJson items;
    private final Map<Long, ServiceItem> itemCache = new ConcurrentHashMap<>();

    NoticeAssembler(ItemJson items) {
        this.items = items;
    }

    /**
     * The data of the case's documents, as a first kind with a placeholder number: each issued document takes it with
     * {@link NoticeData#as} and its own number.
     */
    NoticeData assemble(Handle h, long caseId, DocumentHallRow hall, NoticeKind kind, String number, Long staffId,
            Instant now) {
        NoticeFactsDao facts = h.attach(NoticeFactsDao.class);
        NoticeCaseRow c = facts.noticeCase(caseId, staffId);
        ServiceItem item = c.itemVersionId() == null ? null : item(facts, c.itemVersionId());
        IntakeDao intakes = h.attach(IntakeDao.class);
        IntakeRow intake = intakes.intake(caseId).orElse(null);
        List<CaseMaterialView> materials = intakes.materials(caseId);
        List<OutstandingMaterial> outstanding = new ArrayList<>();
        for (CaseMaterialView m : materials) {
            if (m.status() == MaterialStatus.MISSING || m.status() == MaterialStatus.DEFECTIVE) {
                outstanding.add(new OutstandingMaterial(m.name(), m.status(), m.problem()));
            }
        }
        ZoneId zone = ZoneId.of(c.zoneId());
        Contacts contacts = item == null ? null : item.contacts();
        String sealOwner = intake != null ? intake.sealOwner() : item != null ? item.sealOwnerOrDepartment()
                : hall.hallName();
        NoticeData.Hall printedHall = new NoticeData.Hall(hall.hallName(), sealOwner,
                firstText(contacts == null ? null : contacts.consultPhone(), hall.consultingPhone()),
                firstText(contacts == null ? null : contacts.supervisionPhone(), hall.supervisionPhone()));
        NoticeData.Item printedItem = item == null
                ? new NoticeData.Item(null, "（历史办件）", null, null, null, null)
                : new NoticeData.Item(item.implementationCode(), item.name(), item.department(), item.caseKind(),
                        item.statutoryLimit(), item.promisedLimit());
        String remedies = intake == null ? null : intake.remedies();
        if (remedies == null && kind.remedies()) {
            // an adverse decision after an accepted intake (撤销受理, 终止 of a missed 容缺 supplement): the intake
            // named no remedies, the decision must (RULES.md §3.3) — the hall's reconsideration body and court now
            HallIntakeSettings settings = intakes.hallSettings(caseId);
            remedies = settings.remediesConfigured()
                    ? Remedies.text(settings.reconsiderationBody(), settings.court()) : null;
        }
        NoticeData.Outcome outcome = intake == null && remedies == null ? NoticeData.Outcome.NONE
                : intake == null ? new NoticeData.Outcome(null, null, null, remedies, null, null)
                : new NoticeData.Outcome(intake.reason(), intake.legalBasis(), intake.competentAuthority(),
                        remedies, intake.consequence(), intake.correctionNote());
        NoticeData.Dates dates = new NoticeData.Dates(c.acceptedAt(),
                c.decidedAt() != null ? c.decidedAt() : intake != null && kind.remedies() ? now : null,
                dueDay(c.promisedDueAt(), zone), dueDay(c.legalDueAt(), zone),
                intake == null ? null : intake.supplementDueOn(), intake == null ? null : intake.noticeServiceDueOn(),
                intake == null ? null : intake.postCheckDueOn());
        return new NoticeData(kind, printedHall, c.caseNo(), number,
                applicant(c), printedItem,
                c.receivedAt(), materials, outstanding, outcome, dates, null, null, null, now,
                new NoticeData.Clerk(c.clerkName(), c.counterNumber() + "号窗口"));
    }

    /**
     * The data of the ONE notice of a 一件事 application (issue 10 item 7), numbered on the parent: each child is
     * assembled as its own notice would be, then merged — the checklist and what is outstanding once per material
     * name (一表申报 asked a shared material once), the members' table with each child's department, number and due
     * days, the decision texts of the first child (one outcome was recorded for all). The seal owner is the members'
     * common one, else the hall: a 综合窗口 receives the application for every department.
     *
     * @param methodOf a child's 领取方式 as printed (null when none)
     */
    NoticeData assembleBundle(Handle h, long parentId, DocumentHallRow hall, NoticeKind kind, Long staffId,
            Instant now, java.util.function.LongFunction<String> methodOf) {
        List<BundleMemberRow> rows = h.attach(BundleCaseDao.class).members(parentId);
        BundleMemberRow parent = rows.get(0);
        List<NoticeData> children = new ArrayList<>();
        for (BundleMemberRow c : rows.subList(1, rows.size())) {
            children.add(assemble(h, c.id(), hall, kind, "-", staffId, now));
        }
        NoticeData first = children.get(0);
        String method = methodOf.apply(rows.get(1).id());
        Map<String, CaseMaterialView> materials = new java.util.LinkedHashMap<>();
        Map<String, OutstandingMaterial> outstanding = new java.util.LinkedHashMap<>();
        java.util.Set<String> sealOwners = new java.util.LinkedHashSet<>();
        java.util.Set<String> departments = new java.util.LinkedHashSet<>();
        List<NoticeData.Member> members = new ArrayList<>();
        LocalDate expected = null;
        LocalDate legal = null;
        for (int k = 0; k < children.size(); k++) {
            NoticeData c = children.get(k);
            BundleMemberRow row = rows.get(k + 1);
            for (CaseMaterialView m : c.materials()) {
                materials.putIfAbsent(m.name(), new CaseMaterialView(materials.size() + 1, m.name(), m.status(),
                        m.channel(), m.originalVerified(), m.originals(), m.copies(), m.pages(), m.problem(),
                        m.receivedAt(), m.supplemented()));
            }
            c.outstanding().forEach(o -> outstanding.putIfAbsent(o.name(), o));
            sealOwners.add(c.hall().sealOwner());
            departments.add(c.item().department());
            LocalDate promisedDue = c.dates().expectedCompletion() != null ? c.dates().expectedCompletion()
                    : row.bundleDueOn();
            String own = methodOf.apply(row.id());
            members.add(new NoticeData.Member(row.bundlePosition() + 1, c.item().name(), c.item().department(),
                    c.caseNo(), c.item().caseKind(), c.item().legalLimit(),
                    row.bundleLimit() != null ? row.bundleLimit() : c.item().promisedLimit(),
                    c.dates().legalDue(), promisedDue, own == null || own.equals(method) ? null : own));
            expected = later(expected, c.dates().expectedCompletion());
            legal = later(legal, c.dates().legalDue());
        }
        NoticeData.Bundle bundle = new NoticeData.Bundle(parent.bundleCode(), parent.bundleName(),
                parent.bundleRunMode() == BundleRunMode.SEQUENTIAL ? "串联办理" : "并联办理", parent.bundleLimit(),
                parent.bundleDueOn(), members);
        NoticeData.Hall printedHall = new NoticeData.Hall(hall.hallName(),
                sealOwners.size() == 1 ? sealOwners.iterator().next() : hall.hallName(),
                hall.consultingPhone() != null ? hall.consultingPhone() : first.hall().consultingPhone(),
                hall.supervisionPhone() != null ? hall.supervisionPhone() : first.hall().supervisionPhone());
        NoticeData.Item item = new NoticeData.Item(null, parent.bundleName(), String.join("、", departments),
                CaseKind.PROMISED, null, parent.bundleLimit());
        NoticeData.Dates d = first.dates();
        NoticeData.Dates dates = new NoticeData.Dates(d.acceptedAt(), d.decidedAt(), expected, legal,
                d.supplementDue(), d.noticeServiceDue(), d.postCheckDue());
        List<OutstandingMaterial> missing = new ArrayList<>(outstanding.values());
        return new NoticeData(kind, printedHall, parent.caseNo(), "-", first.applicant(), item, first.receivedAt(),
                new ArrayList<>(materials.values()), missing, first.outcome(), dates, null, method, null, now,
                first.clerk(), bundle);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /** The applicant as the case was applied for: a person by their document, an organisation by its credit code. */
    private static NoticeData.Applicant applicant(NoticeCaseRow c) {
        boolean organisation = !"NATURAL_PERSON".equals(c.applicantKind());
        String documentType = organisation ? CREDIT_CODE : documentLabel(c.idType());
        return new NoticeData.Applicant(c.applicantName(), documentType, c.idNumber(), organisation,
                c.legalRepresentative(), c.phone(), c.agentName(), documentLabel(c.agentDocumentType()),
                c.agentDocumentNumber(), c.agentPhone(), documentLabel(c.legalRepresentativeDocumentType()),
                c.legalRepresentativeDocumentNumber());
    }

    private static String documentLabel(String type) {
        return type == null ? null : DocumentType.valueOf(type).label();
    }

    /** A due day ends at its cut-off or at 24:00 (00:00 of the next day): the day is the one just before. */
    private static LocalDate dueDay(Instant at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at.minusNanos(1), zone);
    }

    private ServiceItem item(NoticeFactsDao facts, long versionId) {
        ServiceItem cached = itemCache.get(versionId);
        if (cached != null) {
            return cached;
        }
        ServiceItem read = items.read(facts.itemVersion(versionId)
                .orElseThrow(() -> new IllegalStateException("item version " + versionId + " missing")));
        if (itemCache.size() >= MAX_CACHED_ITEMS) {
            itemCache.clear();
        }
        itemCache.put(versionId, read);
        return read;
    }

    private static String firstText(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
