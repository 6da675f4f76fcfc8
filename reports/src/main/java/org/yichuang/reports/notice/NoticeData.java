package org.yichuang.reports.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yichuang.core.api.CaseDueDate;
import org.yichuang.core.api.CaseIntakeView;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.CaseMaterialView;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.intake.OutstandingMaterial;
import org.yichuang.core.notice.NoticeKind;

/**
 * Everything one issued document (文书) prints (RULES.md §3.2): built by the server from what it stores (the case,
 * its {@link CaseIntakeView}, its lifecycle dates, the hall's configuration) and the document number it gives.
 * Holds full personal data as stored; the renderer masks what the paper must not show.
 *
 * @param kind           which document this is
 * @param caseNo         办件编号, printed and as a Code 128 barcode
 * @param documentNumber 文书编号 (given by the caller, from the hall's pattern)
 * @param receivedAt     收件时间
 * @param materials      the checklist (材料接收凭证, GB/T 39046 表5); never null
 * @param outstanding    the materials still to come (补正 / 容缺), in checklist order; never null
 * @param queryPassword  查询密码; null when the hall issues none
 * @param collectionMethod 领取方式, e.g. 窗口自取 / 邮寄; null when not chosen
 * @param statusUrl      the public status page of the case, printed as a QR code
 * @param issuedAt       when the document is issued: its date is printed by the seal
 * @param bundle         the 一件事 application this one notice is issued for (issue 10 item 7): {@code caseNo} is then
 *                       the parent's number and {@code item} stands for the bundle; null for a single case
 */
public record NoticeData(NoticeKind kind, Hall hall, String caseNo, String documentNumber, Applicant applicant,
        Item item, Instant receivedAt, List<CaseMaterialView> materials, List<OutstandingMaterial> outstanding,
        Outcome outcome, Dates dates, String queryPassword, String collectionMethod, String statusUrl,
        Instant issuedAt, Clerk clerk, Bundle bundle) {

    /** Checks what every document needs and copies the lists. */
    public NoticeData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hall, "hall");
        requireText(caseNo, "caseNo");
        requireText(documentNumber, "documentNumber");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(issuedAt, "issuedAt");
        materials = materials == null ? List.of() : List.copyOf(materials);
        outstanding = outstanding == null ? List.of() : List.copyOf(outstanding);
        outcome = outcome == null ? Outcome.NONE : outcome;
        dates = dates == null ? Dates.NONE : dates;
        clerk = clerk == null ? new Clerk(null, null) : clerk;
    }

    /** The notice of a single case (no 一件事 application). */
    public NoticeData(NoticeKind kind, Hall hall, String caseNo, String documentNumber, Applicant applicant,
            Item item, Instant receivedAt, List<CaseMaterialView> materials, List<OutstandingMaterial> outstanding,
            Outcome outcome, Dates dates, String queryPassword, String collectionMethod, String statusUrl,
            Instant issuedAt, Clerk clerk) {
        this(kind, hall, caseNo, documentNumber, applicant, item, receivedAt, materials, outstanding, outcome, dates,
                queryPassword, collectionMethod, statusUrl, issuedAt, clerk, null);
    }

    /** Returns the same data as another document of the case, with its own number (the server issues several). */
    public NoticeData as(NoticeKind otherKind, String otherDocumentNumber) {
        return new NoticeData(otherKind, hall, caseNo, otherDocumentNumber, applicant, item, receivedAt, materials,
                outstanding, outcome, dates, queryPassword, collectionMethod, statusUrl, issuedAt, clerk, bundle);
    }

    /** Returns the same data with the applicant's follow-up: 查询密码, 领取方式 and the status page. */
    public NoticeData withAccess(String password, String method, String url) {
        return new NoticeData(kind, hall, caseNo, documentNumber, applicant, item, receivedAt, materials,
                outstanding, outcome, dates, password, method, url, issuedAt, clerk, bundle);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "NoticeData[" + kind + ", " + caseNo + ", " + documentNumber + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /**
     * The hall and the agency whose seal the document carries (委托机关, RULES.md §3.1).
     *
     * @param name             the hall, e.g. 示范县政务服务中心
     * @param sealOwner        印章所属机关 (the item's 委托机关), printed by the seal area
     * @param consultingPhone  咨询电话
     * @param supervisionPhone 投诉监督电话
     */
    public record Hall(String name, String sealOwner, String consultingPhone, String supervisionPhone) {
    }

    /**
     * The applicant (申请人) and the agent (代理人). For a legal person {@code name} is the organisation and the
     * document is its 统一社会信用代码.
     *
     * @param documentType        证件类型 as printed, e.g. 居民身份证, 统一社会信用代码
     * @param documentNumber      the number as stored; natural persons' numbers are masked on every paper
     * @param organisation        true when the applicant is a legal person or other organisation
     * @param legalRepresentative 法定代表人/负责人; null for a natural person
     * @param agentName           代理人; null without an agent
     * @param legalRepresentativeDocumentType   the representative's own 证件类型 as printed (居民身份证, …); null
     *                                          when none was given
     * @param legalRepresentativeDocumentNumber that document's number as stored; masked on every paper
     */
    public record Applicant(String name, String documentType, String documentNumber, boolean organisation,
            String legalRepresentative, String phone, String agentName, String agentDocumentType,
            String agentDocumentNumber, String agentPhone, String legalRepresentativeDocumentType,
            String legalRepresentativeDocumentNumber) {

        /** An applicant without the representative's own document. */
        public Applicant(String name, String documentType, String documentNumber, boolean organisation,
                String legalRepresentative, String phone, String agentName, String agentDocumentType,
                String agentDocumentNumber, String agentPhone) {
            this(name, documentType, documentNumber, organisation, legalRepresentative, phone, agentName,
                    agentDocumentType, agentDocumentNumber, agentPhone, null, null);
        }

        /** A natural person applying in person. */
        public static Applicant person(String name, String documentType, String documentNumber, String phone) {
            return new Applicant(name, documentType, documentNumber, false, null, phone, null, null, null, null);
        }

        /** Never prints personal data. */
        @Override
        public String toString() {
            return "Applicant[" + (organisation ? "organisation" : "person") + (agentName == null ? "" : ", agent")
                    + "]";
        }
    }

    /**
     * The service item (事项) as the case was accepted under.
     *
     * @param code         实施编码
     * @param legalLimit   法定办结时限; null when the item has none
     * @param promisedLimit 承诺办结时限
     */
    public record Item(String code, String name, String department, CaseKind caseKind, TimeLimit legalLimit,
            TimeLimit promisedLimit) {

        /** Takes the item of a created case; the receipt has no statutory limit, the item version does. */
        public static Item of(CaseReceipt receipt, TimeLimit legalLimit) {
            return new Item(receipt.itemCode(), receipt.itemName(), receipt.department(), receipt.caseKind(),
                    legalLimit, receipt.promisedLimit());
        }
    }

    /**
     * The texts of the decision (the {@link CaseIntakeView} fields): reasons and basis of a refusal, the competent
     * authority, the remedies sentence (core intake.Remedies), the consequence of a missed supplement.
     */
    public record Outcome(String reason, String legalBasis, String competentAuthority, String remedies,
            String consequence, String correctionNote) {
        /** No decision text (a receipt of materials). */
        public static final Outcome NONE = new Outcome(null, null, null, null, null, null);

        /** Takes the texts the server stored with the intake. */
        public static Outcome of(CaseIntakeView intake) {
            return new Outcome(intake.reason(), intake.legalBasis(), intake.competentAuthority(), intake.remedies(),
                    intake.consequence(), intake.correctionNote());
        }
    }

    /**
     * The dates a document may state.
     *
     * @param acceptedAt         受理时间; null unless accepted
     * @param decidedAt          决定时间 (on-the-spot decisions, 告知承诺, a missed supplement's consequence)
     * @param expectedCompletion 预计办结日 (the promised due day in the hall's calendar)
     * @param legalDue           法定办结期限 day
     * @param supplementDue      补正/补齐期限
     * @param noticeServiceDue   latest day to serve the 一次性告知书 (5 working days after receipt)
     * @param postCheckDue       告知承诺 核查期限
     */
    public record Dates(Instant acceptedAt, Instant decidedAt, LocalDate expectedCompletion, LocalDate legalDue,
            LocalDate supplementDue, LocalDate noticeServiceDue, LocalDate postCheckDue) {
        /** No dates. */
        public static final Dates NONE = new Dates(null, null, null, null, null, null, null);

        /** Takes the dates the server stores: §1.3 timestamps and due days from the lifecycle, the rest from intake. */
        public static Dates of(CaseLifecycleView lifecycle, CaseIntakeView intake) {
            Instant decided = lifecycle.decidedAt() != null ? lifecycle.decidedAt() : intake.decidedAt();
            return new Dates(lifecycle.acceptedAt(), decided, day(lifecycle.promisedDue()), day(lifecycle.legalDue()),
                    intake.supplementDueOn(), intake.noticeServiceDueOn(), intake.postCheckDueOn());
        }

        private static LocalDate day(CaseDueDate due) {
            return due == null ? null : due.date();
        }
    }

    /**
     * Who issues it at the counter (经办人 + 窗口号).
     *
     * @param counter e.g. 3号窗口
     */
    public record Clerk(String staffName, String counter) {
    }

    /**
     * The 一件事 application one notice covers (issue 10 item 7): the applicant applied once and gets one notice for
     * every member item, each with the department deciding it, its own case number and due dates.
     *
     * @param code          一件事编码
     * @param name          一件事名称
     * @param runMode       办理方式 as printed, e.g. 并联办理 / 串联办理
     * @param promisedLimit the bundle's own promised limit (it binds every member); null when it has none
     * @param dueOn         the application's promised due day (预计办结日)
     * @param members       the member items in member order; never empty
     */
    public record Bundle(String code, String name, String runMode, TimeLimit promisedLimit, LocalDate dueOn,
            List<Member> members) {
        /** Copies the members and checks there is one at least. */
        public Bundle {
            requireText(name, "bundle name");
            members = members == null ? List.of() : List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("a bundle notice needs its members");
            }
        }
    }

    /**
     * One member item of a 一件事 application as its notice prints it.
     *
     * @param position         the member's position (1-based as printed)
     * @param caseNo           the member's own 办件编号
     * @param caseKind         即办件 members print 当场办结 for their limits
     * @param legalLimit       法定办结时限; null when the item has none
     * @param promisedLimit    the member's promised limit (the bundle's own when it has one)
     * @param legalDue         法定办结期限 day; null before acceptance or without a statutory limit
     * @param promisedDue      承诺办结 day
     * @param collectionMethod the member's 领取方式 when it differs from the application's; else null
     */
    public record Member(int position, String itemName, String department, String caseNo, CaseKind caseKind,
            TimeLimit legalLimit,
            TimeLimit promisedLimit, LocalDate legalDue, LocalDate promisedDue, String collectionMethod) {
    }
}
