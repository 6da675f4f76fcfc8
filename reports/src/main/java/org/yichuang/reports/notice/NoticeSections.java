package org.yichuang.reports.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yichuang.core.api.CaseMaterialView;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.intake.MaterialStatus;
import org.yichuang.core.intake.OutstandingMaterial;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.TimeLimitText;

/**
 * The body of every notice as rows the templates lay out (one template per paper): facts (label and value), headings,
 * paragraphs, numbered lists and the materials table. All wording lives here, per kind; nothing says 予以受理 unless
 * the kind {@link NoticeKind#accepts() accepts}.
 *
 * <p>Masking: a natural person's document number is masked on both papers (1101**********002X). A notice leaves the
 * hall in the applicant's hands and is shown, copied and lost like any paper; the case number and the 查询密码 already
 * tie it to the case, and the hall's record keeps the full number (个人信息保护法 Art. 6: no more than the purpose
 * needs). A 统一社会信用代码 is printed in full: it identifies an organisation and is public
 * (国家企业信用信息公示系统).
 */
final class NoticeSections {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final String LAW = "《中华人民共和国行政许可法》";
    /** The full checklist is on the 材料接收凭证 issued with every outcome; a notice refers to it, not repeats it. */
    private static final String MATERIALS_LISTED = "申请材料的名称、份数和收取情况详见同时出具的《材料接收凭证》。";

    private final ZoneId zone;

    NoticeSections(ZoneId zone) {
        this.zone = zone;
    }

    /** Returns the rows of one counterpart (副页) of the document, in printing order. */
    List<Map<String, Object>> rows(NoticeData d, Paper paper) {
        Body b = new Body(paper);
        facts(d, b);
        if (d.bundle() != null) {
            members(d, b);
        }
        switch (d.kind()) {
            case MATERIAL_RECEIPT -> materialReceipt(d, b);
            case ACCEPTANCE -> acceptance(d, b);
            case DEFERRED_ACCEPTANCE -> deferredAcceptance(d, b);
            case DEFERRAL_PLEDGE -> deferralPledge(d, b);
            case SUPPLEMENT_NOTICE -> supplementNotice(d, b);
            case NOT_REQUIRED -> notRequired(d, b);
            case NOT_COMPETENT -> notCompetent(d, b);
            case APPROVAL_ON_SPOT -> approvalOnSpot(d, b);
            case REFUSAL_ON_SPOT -> refusalOnSpot(d, b);
            case COMMITMENT_PLEDGE -> commitmentPledge(d, b);
            case COMMITMENT_DECISION -> commitmentDecision(d, b);
            case SUPPLEMENT_COMPLETE -> supplementComplete(d, b);
            case WITHDRAWAL -> deferralFailure(d, b, "根据你（单位）签署的《容缺受理承诺书》，该申请视为撤回，本机关终结办理。");
            case ACCEPTANCE_REVOCATION -> deferralFailure(d, b, "本机关决定撤销对该申请的受理。");
            case TERMINATION -> deferralFailure(d, b, "本机关决定终止办理该申请，由此造成的后果由申请人承担。");
        }
        return b.rows;
    }

    /** Whether the applicant signs (签收 or 承诺) on the paper. */
    static String signatureLabel(NoticeKind kind) {
        return switch (kind) {
            case DEFERRAL_PLEDGE, COMMITMENT_PLEDGE -> "承诺人（签字或盖章）：";
            default -> "申请人（签收）：";
        };
    }

    /** The date printed by the seal: the day of issue in the hall's zone. */
    String issueDate(NoticeData d) {
        return DAY.format(d.issuedAt().atZone(zone));
    }

    // ---- the facts every document starts with (RULES.md §3.2 "common to all") ----

    private void facts(NoticeData d, Body b) {
        NoticeData.Applicant a = d.applicant();
        if (a.organisation()) {
            b.fact("申请单位", a.name());
            // the slip's label column holds five characters and a colon: longer labels were cut off there
            b.pair(b.a4 ? "统一社会信用代码" : "信用代码", a.documentNumber(), "法定代表人", a.legalRepresentative());
            if (a.legalRepresentativeDocumentNumber() != null) {
                // the representative's own document, masked like every person's number on paper (RULES.md §3.2)
                b.fact(b.a4 ? "法定代表人证件" : "代表人证件", join(a.legalRepresentativeDocumentType(),
                        Masking.documentNumber(a.legalRepresentativeDocumentNumber())));
            }
        } else if (b.a4) {
            b.pair("申请人", a.name(), "证件类型", a.documentType());
            b.pair("证件号码", Masking.documentNumber(a.documentNumber()), "联系电话", phone(a.phone()));
        } else {
            b.fact("申请人", a.name());
            b.fact("证件号码", join(a.documentType(), Masking.documentNumber(a.documentNumber())));
        }
        if (a.agentName() != null && b.a4) {
            b.pair("代理人", a.agentName(), "代理人证件",
                    join(a.agentDocumentType(), Masking.documentNumber(a.agentDocumentNumber())));
        } else if (a.agentName() != null) {
            b.fact("代理人", a.agentName());
        }
        // the case number is printed under its barcode in the header of both papers
        if (d.bundle() != null) {
            // one notice for the whole application: the members' items and departments are in its table
            b.fact("一件事名称", d.bundle().name());
            if (b.a4) {
                b.pair("办理方式", d.bundle().runMode(), "收件时间", time(d.receivedAt()));
            } else {
                b.fact("收件时间", time(d.receivedAt()));
            }
            return;
        }
        b.fact("事项名称", d.item().name());
        if (b.a4) {
            b.fact("实施编码", d.item().code());
            b.pair("实施部门", d.item().department(), "收件时间", time(d.receivedAt()));
        } else {
            b.fact("收件时间", time(d.receivedAt()));
        }
    }

    // ---- one method per kind ----

    private void materialReceipt(NoticeData d, Body b) {
        b.heading("申请材料接收清单");
        b.materials(d.materials());
        b.text("以上申请材料已于" + time(d.receivedAt()) + "收取。本凭证仅证明本窗口已收到上列材料，不表示申请已被受理；"
                + "是否受理，以本机关依法出具的书面凭证为准。");
    }

    private void acceptance(NoticeData d, Body b) {
        if (d.bundle() == null) {
            b.pair("受理时间", time(d.dates().acceptedAt()), "办件类型", TimeLimitText.kind(d.item().caseKind()));
        } else {
            b.pair("受理时间", time(d.dates().acceptedAt()), "受理事项", d.bundle().members().size() + "项（见清单）");
        }
        limits(d, b);
        b.pair("预计办结日", day(d.dates().expectedCompletion()), "领取方式", d.collectionMethod());
        b.pair("查询密码", d.queryPassword(), "受理机关", d.hall().sealOwner());
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，经审查，申请事项属于本机关职权范围，"
                + "申请材料齐全、符合法定形式，根据" + LAW + "第三十二条第一款第（五）项的规定，本机关决定予以受理。");
        b.text(timeLimitNote(d));
        b.note(MATERIALS_LISTED + "\n" + "请凭本通知书及有效身份证件领取办理结果；可扫描二维码，或凭办件编号和查询密码查询办理进度。");
    }

    private void deferredAcceptance(NoticeData d, Body b) {
        b.pair("受理时间", time(d.dates().acceptedAt()), "补齐期限", day(d.dates().supplementDue()));
        limits(d, b);
        b.pair("预计办结日", day(d.dates().expectedCompletion()), "查询密码", d.queryPassword());
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，经审查，申请事项属于本机关职权范围，"
                + "主要申请材料齐全、符合法定形式，仅欠缺下列次要材料。根据你（单位）签署的《容缺受理承诺书》，"
                + "本机关决定予以容缺受理，并一次性告知需要补齐的全部材料：");
        b.list(outstanding(d.outstanding()));
        b.strong("请于" + day(d.dates().supplementDue()) + "前将上列材料提交至本窗口。" + orEmpty(d.outcome().consequence()));
        b.text("本机关自受理之日起开始审查；办理结果在上列材料补齐后出具。" + timeLimitNote(d));
    }

    private void deferralPledge(NoticeData d, Body b) {
        b.pair("补齐期限", day(d.dates().supplementDue()), "受理机关", d.hall().sealOwner());
        b.text("本人（单位）申请办理" + d.item().name() + "，主要申请材料齐全、符合法定形式，仅欠缺下列次要材料，"
                + "自愿申请容缺办理，并郑重承诺：");
        b.list(List.of(
                "一、所提交的申请材料真实、合法、有效，如有虚假，愿承担相应法律责任；",
                "二、于" + day(d.dates().supplementDue()) + "前补齐下列材料，补齐的材料与已提交的材料内容一致：",
                String.join("\n", outstanding(d.outstanding())),
                "三、" + (d.outcome().consequence() == null ? "逾期未补齐的，依照本机关规定处理。"
                        : d.outcome().consequence()) + "由此产生的后果由本人（单位）承担；",
                "四、本承诺书一式两份，申请人和受理窗口各执一份。"));
    }

    private void supplementNotice(NoticeData d, Body b) {
        b.pair("补正期限", day(d.dates().supplementDue()), "告知送达期限", day(d.dates().noticeServiceDue()));
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，经审查，申请材料不齐全或者不符合法定形式。"
                + "根据" + LAW + "第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容：");
        b.list(outstanding(d.outstanding()));
        b.strong("请于" + day(d.dates().supplementDue()) + "前一次性提交上列补正材料。" + orEmpty(d.outcome().consequence()));
        b.text("提交全部补正材料后，本机关依法作出是否受理的决定。本告知书应在收件之日起五个工作日内送达，"
                + "请在签收处签名并注明送达时间。");
    }

    private void notRequired(NoticeData d, Body b) {
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，经审查，" + sentence(d.outcome().reason())
                + "依据" + orDash(d.outcome().legalBasis()) + "，该申请事项依法不需要取得行政许可。根据" + LAW
                + "第三十二条第一款第（一）项的规定，本机关不予受理，特此告知。");
        refusalFacts(d, b);
    }

    private void notCompetent(NoticeData d, Body b) {
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，经审查，该申请事项依法不属于本机关职权范围。"
                + "根据" + LAW + "第三十二条第一款第（二）项的规定，本机关决定不予受理。");
        b.strong("请你（单位）向" + orDash(d.outcome().competentAuthority()) + "提出申请。");
        refusalFacts(d, b);
    }

    private void approvalOnSpot(NoticeData d, Body b) {
        b.pair("决定时间", time(d.dates().decidedAt()), "领取方式", d.collectionMethod());
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，申请材料齐全、符合法定形式，"
                + "经审查符合法定条件、标准。根据" + LAW + "第三十四条第二款的规定，本机关当场作出准予许可的决定。");
        b.note("本事项为即办件，当场办结。请核对办理结果，并凭本决定书及有效身份证件领取。");
    }

    private void refusalOnSpot(NoticeData d, Body b) {
        b.pair("决定时间", time(d.dates().decidedAt()), "办件类型", TimeLimitText.kind(CaseKind.IMMEDIATE));
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，经审查，不符合法定条件、标准。"
                + "根据" + LAW + "第三十四条、第三十八条第二款的规定，本机关当场作出不予许可的决定。");
        refusalFacts(d, b);
    }

    private void commitmentPledge(NoticeData d, Body b) {
        b.pair("核查期限", day(d.dates().postCheckDue()), "审批机关", d.hall().sealOwner());
        b.heading("一、审批机关告知");
        b.list(List.of(
                "（一）办理依据：" + orDash(d.outcome().legalBasis()) + "；",
                "（二）申请条件：申请人应当符合法律、法规规定的许可条件、标准和技术要求；",
                "（三）证明义务：对实行告知承诺的证明材料，本机关不再索要，以申请人的书面承诺代替；",
                "（四）核查：本机关依据承诺作出决定，并于" + day(d.dates().postCheckDue()) + "前对承诺内容进行核查；",
                "（五）不实承诺的责任：承诺不实的，本机关依法终止办理、责令限期整改、撤销行政决定或者予以行政处罚，"
                        + "并记入申请人信用记录。"));
        b.heading("二、申请人承诺");
        b.text("本人（单位）已知晓本机关告知的全部内容，现郑重承诺：所填写的信息及提交的材料真实、准确、完整；"
                + "符合本机关告知的条件、标准和技术要求；愿意接受本机关的核查；承诺不实的，愿意承担相应的法律责任。"
                + "本承诺书一式两份，申请人和审批机关各执一份。");
    }

    private void commitmentDecision(NoticeData d, Body b) {
        b.pair("决定时间", time(d.dates().decidedAt()), "核查期限", day(d.dates().postCheckDue()));
        b.pair("领取方式", d.collectionMethod(), "查询密码", d.queryPassword());
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，你（单位）已书面承诺符合法定条件、标准。"
                + "依据你（单位）签署的《告知承诺书》，本机关作出准予许可的决定。");
        b.strong("本机关将于" + day(d.dates().postCheckDue()) + "前对承诺内容进行核查；经核查承诺不实的，"
                + "将依法撤销本决定，并依法追究相应责任。");
    }

    private void supplementComplete(NoticeData d, Body b) {
        b.pair("受理时间", time(d.dates().acceptedAt()), "补齐时间", time(d.dates().decidedAt()));
        b.pair("预计办结日", day(d.dates().expectedCompletion()), "查询密码", d.queryPassword());
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请已容缺受理。容缺的申请材料已全部补齐，"
                + "经核对符合要求。本机关将在承诺办结时限内作出决定并出具办理结果。");
        b.note(MATERIALS_LISTED);
    }

    private void deferralFailure(NoticeData d, Body b, String decision) {
        if (d.dates().acceptedAt() == null) {
            // a 一次性告知 (补正) case was never accepted: its notice must neither say 受理 nor cite a 容缺 promise
            b.pair("收件时间", time(d.receivedAt()), "补正期限", day(d.dates().supplementDue()));
            b.addressee(d);
            b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，本机关已一次性告知需要补正的"
                    + "全部内容，应于" + day(d.dates().supplementDue()) + "前补正下列材料，期限届满仍未补正：");
            b.list(outstanding(d.outstanding()));
            b.text("该申请视为撤回，本机关终结办理。");
            refusalFacts(d, b);
            return;
        }
        b.pair("受理时间", time(d.dates().acceptedAt()), "补齐期限", day(d.dates().supplementDue()));
        b.addressee(d);
        b.text("你（单位）于" + time(d.receivedAt()) + "提出的" + d.item().name() + "申请，经本机关容缺受理，应于"
                + day(d.dates().supplementDue()) + "前补齐下列材料，期限届满仍未补齐（或者补齐后仍不符合要求）：");
        b.list(outstanding(d.outstanding()));
        b.text(d.outcome().legalBasis() == null ? decision : "依据" + d.outcome().legalBasis() + "，" + decision);
        refusalFacts(d, b);
    }

    // ---- shared pieces ----

    private void limits(NoticeData d, Body b) {
        if (d.bundle() != null) {
            // each member keeps its own statutory limit; the bundle's own promised limit binds every member
            b.pair("法定办结时限", "见办理事项清单", "承诺办结时限", d.bundle().promisedLimit() == null ? "见办理事项清单"
                    : TimeLimitText.limit(d.bundle().promisedLimit()) + "（一件事承诺）");
            return;
        }
        CaseKind kind = d.item().caseKind();
        b.pair("法定办结时限", kind == CaseKind.IMMEDIATE ? "当场办结" : TimeLimitText.limit(d.item().legalLimit()),
                "承诺办结时限", TimeLimitText.limit(kind, d.item().promisedLimit()));
    }

    /** The member items of a 一件事 application: one line each with its department, case number and due days. */
    private void members(NoticeData d, Body b) {
        NoticeData.Bundle bundle = d.bundle();
        b.heading("办理事项清单（共" + bundle.members().size() + "项）");
        b.members(bundle.members());
        if (b.a4) {
            b.note(bundle.promisedLimit() == null
                    ? "各事项由所列部门分别办理，办结时限按各事项分别计算；各事项可凭本通知书所列办件编号分别查询。"
                    : "本一件事承诺" + TimeLimitText.limit(bundle.promisedLimit()) + "内办结全部事项（不超过各事项法定时限）；"
                            + "各事项由所列部门分别办理，可凭所列办件编号分别查询。");
        }
    }

    private static String timeLimitNote(NoticeData d) {
        return d.item().caseKind() == CaseKind.IMMEDIATE ? "本事项为即办件，当场办结。"
                : "办结时限自受理之日起计算；依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，"
                        + "所需时间不计算在办结时限内，本机关将书面告知。";
    }

    /** Reasons, basis and remedies of an adverse decision (RULES.md §3.3; 许可法 Art. 38(2)). */
    private static void refusalFacts(NoticeData d, Body b) {
        NoticeData.Outcome o = d.outcome();
        if (o.reason() != null) {
            b.fact("理由", o.reason());
        }
        if (o.legalBasis() != null) {
            b.fact("依据", o.legalBasis());
        }
        if (o.competentAuthority() != null && d.kind() == NoticeKind.NOT_COMPETENT) {
            b.fact("有权机关", o.competentAuthority());
        }
        b.heading("救济途径");
        b.strong(o.remedies() == null ? "如不服本决定，可以依法申请行政复议或者提起行政诉讼。" : o.remedies());
    }

    private static List<String> outstanding(List<OutstandingMaterial> materials) {
        List<String> lines = new ArrayList<>(materials.size());
        for (int i = 0; i < materials.size(); i++) {
            lines.add((i + 1) + ". " + materials.get(i).line());
        }
        return lines.isEmpty() ? List.of("（无）") : lines;
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String phone(String phone) {
        return phone == null || phone.isBlank() ? null : Masking.phone(phone);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " " + b;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "——" : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String sentence(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String r = reason.strip();
        return r.endsWith("。") || r.endsWith("；") ? r : r + "。";
    }

    /** The rows being built; on the 80 mm slip the materials table becomes short lines. */
    private final class Body {
        final List<Map<String, Object>> rows = new ArrayList<>();
        final boolean a4;

        Body(Paper paper) {
            this.a4 = paper == Paper.A4;
        }

        void fact(String label, String value) {
            add(Map.of("label", label, "value", value == null ? "" : value));
        }

        /** Two facts on one A4 line; on the slip one per line. Empty facts are left out of the slip. */
        void pair(String label, String value, String label2, String value2) {
            if (!a4) {
                if (!blank(value)) {
                    fact(label, value);
                }
                if (!blank(value2)) {
                    fact(label2, value2);
                }
                return;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("label", label);
            row.put("value", value == null ? "" : value);
            row.put("label2", label2);
            row.put("value2", value2 == null ? "" : value2);
            add(row);
        }

        void heading(String text) {
            add(Map.of("heading", text));
        }

        void addressee(NoticeData d) {
            add(Map.of("addressee", d.applicant().name() + "："));
        }

        void text(String text) {
            add(Map.of("text", text));
        }

        void strong(String text) {
            add(Map.of("strong", text));
        }

        void note(String text) {
            add(Map.of("note", text));
        }

        void list(List<String> lines) {
            add(Map.of("list", String.join("\n", lines)));
        }

        /** The members table on A4 (序号, 事项, 部门, 办件编号, 法定/承诺办结); short lines on the slip. */
        void members(List<NoticeData.Member> members) {
            if (!a4) {
                for (NoticeData.Member m : members) {
                    list(List.of(m.position() + ". " + m.itemName() + "（" + orDash(m.department()) + "）\n"
                            + (m.promisedDue() == null ? "" : "承诺办结 " + day(m.promisedDue()) + "；") + "办件编号："));
                    // the 41–43 character number on a line of its own, shrunk to fit rather than broken (no room
                    // for its label there): wrapped on 72 mm it split anywhere, and a broken number gets copied wrong
                    add(Map.of("memberCase", m.caseNo()));
                }
                return;
            }
            List<Map<String, ?>> table = new ArrayList<>();
            for (NoticeData.Member m : members) {
                Map<String, Object> r = new HashMap<>();
                r.put("no", String.valueOf(m.position()));
                r.put("item", m.collectionMethod() == null ? m.itemName()
                        : m.itemName() + "（领取方式：" + m.collectionMethod() + "）");
                r.put("department", orDash(m.department()));
                r.put("caseNo", m.caseNo());
                // the statutory limit as the law sets it; a 即办件 promises 当场办结
                r.put("legal", limitAndDay(TimeLimitText.limit(m.legalLimit()), m.legalDue()));
                r.put("promised", limitAndDay(TimeLimitText.limit(m.caseKind(), m.promisedLimit()), m.promisedDue()));
                table.add(r);
            }
            add(Map.of("members", table));
        }

        private static String limitAndDay(String text, LocalDate due) {
            String dueDay = day(due);
            if (text.isEmpty() && dueDay.isEmpty()) {
                return "—";
            }
            return dueDay.isEmpty() ? text : text.isEmpty() ? dueDay : text + "\n" + dueDay;
        }

        void materials(List<CaseMaterialView> materials) {
            if (!a4) {
                List<String> lines = new ArrayList<>();
                for (CaseMaterialView m : materials) {
                    lines.add(m.position() + ". " + m.name() + "：" + m.status().label()
                            + (m.status() == MaterialStatus.RECEIVED ? "，" + m.channel().label() + copies(m) : ""));
                }
                list(lines);
                return;
            }
            List<Map<String, ?>> table = new ArrayList<>();
            for (CaseMaterialView m : materials) {
                Map<String, Object> r = new HashMap<>();
                boolean in = m.status() == MaterialStatus.RECEIVED || m.status() == MaterialStatus.DEFECTIVE;
                r.put("no", String.valueOf(m.position()));
                r.put("name", m.problem() == null ? m.name() : m.name() + "（" + m.problem() + "）");
                r.put("status", m.status().label());
                r.put("channel", in && m.channel() != null ? m.channel().label() : "—");
                r.put("copies", in ? m.originals() + " / " + m.copies() : "—");
                r.put("pages", in && m.pages() > 0 ? String.valueOf(m.pages()) : "—");
                r.put("verified", !in ? "—" : m.originalVerified() ? "已核验退还" : "否");
                r.put("receivedAt", m.receivedAt() == null ? "—"
                        : DateTimeFormatter.ofPattern("M月d日 HH:mm").format(m.receivedAt().atZone(zone)));
                table.add(r);
            }
            add(Map.of("materials", table));
        }

        private String copies(CaseMaterialView m) {
            return "，原件" + m.originals() + "份/复印件" + m.copies() + "份" + (m.pages() > 0 ? "，" + m.pages() + "页" : "");
        }

        private void add(Map<String, ?> row) {
            rows.add(new HashMap<>(row));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
