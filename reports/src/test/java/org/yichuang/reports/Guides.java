package org.yichuang.reports;

import static org.yichuang.core.catalog.MaterialKind.APPLICATION_FORM;
import static org.yichuang.core.catalog.MaterialKind.IDENTITY_DOCUMENT;
import static org.yichuang.core.catalog.MaterialKind.OTHER;
import static org.yichuang.core.catalog.MaterialSource.APPLICANT;
import static org.yichuang.core.catalog.MaterialSource.ISSUED_BY_DEPARTMENT;
import static org.yichuang.core.catalog.MaterialSource.SHARED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.Fee;
import org.yichuang.core.catalog.ItemType;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.catalog.TimeLimit;

/** Fixed, realistic catalogue entries of a county hall (names and codes synthetic, wording as in real guides). */
final class Guides {
    static final String HALL = "示范县政务服务中心";
    static final String HYGIENE_CODE = "11450721MB15580811" + "4" + "000104002000";
    static final String HOTEL_CODE = "11450721MB1558124X" + "4" + "000103007000";
    static final String URL = "https://zwfw.example.gov.cn/guide/" + HYGIENE_CODE;
    static final String BUNDLE_URL = "https://zwfw.example.gov.cn/bundle/450721-KBLG-001";
    static final Contacts HALL_CONTACTS = new Contacts("0777-5521234", "12345", "周一至周五 上午8:30-12:00，下午14:30-17:30"
            + "（法定节假日除外）", "示范县政务服务中心一楼综合受理窗口（示范县迎宾大道88号）");

    private Guides() {
    }

    /** The public page of an item's guide. */
    static String urlOf(ServiceItem item) {
        return "https://zwfw.example.gov.cn/guide/" + item.implementationCode();
    }

    static GuideContext context(String url) {
        return new GuideContext(HALL, url, 3, LocalDate.of(2025, 3, 1));
    }

    /** 公共场所卫生许可证核发: free, three deferrable materials, a 现场勘验 that stops the clock. */
    static ServiceItem hygiene() {
        return item(HYGIENE_CODE, "公共场所卫生许可证核发", "示范县卫生健康局",
                "1.《公共场所卫生管理条例》第八条：“除公园、体育场（馆）、公共交通工具外，本条例第二条所列各项公共场所，实行“卫生许可证”"
                        + "制度。”\n2.《公共场所卫生管理条例实施细则》第二十二条。",
                TimeLimit.workingDays(20), TimeLimit.workingDays(5), Fee.FREE, true,
                List.of(new SpecialProcedure(SpecialProcedureKind.SITE_SURVEY, true)), List.of(
                        m("公共场所卫生许可申请表", APPLICATION_FORM, 1, 0, "申请人签字并加盖公章", APPLICANT, null, false),
                        m("营业执照", IDENTITY_DOCUMENT, 0, 0, null, SHARED, null, false),
                        m("法定代表人或负责人身份证明", IDENTITY_DOCUMENT, 1, 1, "复印件签字", APPLICANT, null, false),
                        m("公共场所地址方位示意图、平面图和卫生设施平面布局图", OTHER, 1, 0, "加盖公章", APPLICANT, null, true),
                        m("公共场所卫生检测或者评价报告", OTHER, 1, 0, null, APPLICANT, null, true),
                        m("公共场所卫生管理制度", OTHER, 1, 0, "加盖公章", APPLICANT, null, true),
                        m("从业人员健康合格证明", OTHER, 0, 1, null, ISSUED_BY_DEPARTMENT, null, false),
                        m("授权委托书及受托人身份证明", OTHER, 1, 1, "委托人签字或盖章", APPLICANT, "委托他人代为办理的", false),
                        m("集中空调通风系统卫生检测或者评价报告", OTHER, 1, 0, null, APPLICANT, "使用集中空调通风系统的", true)));
    }

    /** 旅馆业特种行业许可证核发: shares 营业执照 and the ID proof with {@link #hygiene()} in the bundle. */
    static ServiceItem hotelLicence() {
        return item(HOTEL_CODE, "旅馆业特种行业许可证核发", "示范县公安局",
                "1.《旅馆业治安管理办法》第四条。\n2.《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）第38项。",
                TimeLimit.workingDays(20), TimeLimit.workingDays(10), Fee.FREE, false,
                List.of(new SpecialProcedure(SpecialProcedureKind.SITE_SURVEY, false)), List.of(
                        m("旅馆业特种行业许可证申请登记表", APPLICATION_FORM, 1, 0, "申请人签字并加盖公章", APPLICANT, null, false),
                        m("营业执照", IDENTITY_DOCUMENT, 0, 0, null, SHARED, null, false),
                        m("法定代表人或负责人身份证明", IDENTITY_DOCUMENT, 1, 2, "复印件签字", APPLICANT, null, false),
                        m("经营场所产权证明或者租赁合同", OTHER, 0, 1, null, APPLICANT, null, false),
                        m("旅馆治安保卫制度及安全防范设施情况", OTHER, 1, 0, "加盖公章", APPLICANT, null, false)));
    }

    /** 不动产转移登记: a charged item (80 元 per case, 发改价格规〔2016〕2559号). */
    static ServiceItem charged() {
        return item("11450721MB1558300K" + "4" + "000107001000", "国有建设用地使用权及房屋所有权转移登记",
                "示范县自然资源局", "《不动产登记暂行条例》第三条、第十四条；《不动产登记暂行条例实施细则》第三十八条。",
                TimeLimit.workingDays(30), TimeLimit.workingDays(5),
                Fee.of(8000, "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）"),
                false, List.of(), List.of(
                        m("不动产登记申请书", APPLICATION_FORM, 1, 0, "申请人签字", APPLICANT, null, false),
                        m("申请人身份证明", IDENTITY_DOCUMENT, 1, 1, null, APPLICANT, null, false),
                        m("不动产权属证书", OTHER, 1, 0, null, ISSUED_BY_DEPARTMENT, null, false),
                        m("不动产买卖合同", OTHER, 1, 0, "双方签字", APPLICANT, null, false),
                        m("完税凭证", OTHER, 0, 0, null, SHARED, null, false)));
    }

    /** 建设工程规划许可证核发 with 24 materials: the table has to continue on page 2. */
    static ServiceItem manyMaterials() {
        List<MaterialRequirement> materials = new ArrayList<>();
        materials.add(m("建设工程规划许可申请表", APPLICATION_FORM, 1, 0, "加盖公章", APPLICANT, null, false));
        materials.add(m("统一社会信用代码证书", IDENTITY_DOCUMENT, 0, 0, null, SHARED, null, false));
        String[] others = {"建设项目批准、核准或者备案文件", "国有土地使用权出让合同", "建设用地规划许可证", "不动产权证书（土地）",
            "建设工程设计方案总平面图", "建筑施工图（含平、立、剖面图）", "日照分析报告", "交通影响评价报告",
            "人防工程设计审查意见", "消防设计文件", "绿地率计算说明", "地下管线综合图", "防雷装置设计审核意见",
            "海绵城市建设方案", "节能设计专篇", "地质灾害危险性评估报告", "环境影响评价批复", "历史文化保护评估意见",
            "装配式建筑实施方案", "停车配建计算书", "建筑面积计算书", "测绘成果报告"};
        for (String name : others) {
            materials.add(m(name, OTHER, 1, 1, "加盖公章", APPLICANT, null, false));
        }
        return item("11450721MB1558500R" + "4" + "000101003000", "建设工程规划许可证核发", "示范县自然资源局",
                "《中华人民共和国城乡规划法》第四十条。", TimeLimit.workingDays(20), TimeLimit.workingDays(10), Fee.FREE,
                false, List.of(new SpecialProcedure(SpecialProcedureKind.EXPERT_REVIEW, true)), materials);
    }

    /** 开办旅馆一件事: 公共场所卫生许可 + 旅馆业特种行业许可. */
    static ServiceBundle hotelBundle() {
        return new ServiceBundle("450721-KBLG-001", "开办旅馆“一件事”",
                "申请人开办旅馆（宾馆、酒店、民宿等住宿场所），在综合窗口一次提交材料，同时申请公共场所卫生许可和旅馆业特种行业许可，"
                        + "两个部门并联审批、结果一并送达。",
                List.of(HYGIENE_CODE, HOTEL_CODE));
    }

    static String lastMaterialOf(ServiceItem item) {
        return item.materials().get(item.materials().size() - 1).name();
    }

    private static MaterialRequirement m(String name, MaterialKind kind, int originals, int copies, String seal,
            MaterialSource source, String condition, boolean deferrable) {
        return new MaterialRequirement(name, kind, originals, copies, source == SHARED ? null : "A4", seal, source,
                condition == null, condition, deferrable, null, null);
    }

    private static ServiceItem item(String code, String name, String department, String basis, TimeLimit statutory,
            TimeLimit promised, Fee fee, boolean deferral, List<SpecialProcedure> procedures,
            List<MaterialRequirement> materials) {
        return new ServiceItem(code.substring(19), code, name, ItemType.LICENSING, department, code.substring(0, 18),
                basis, statutory, promised, CaseKind.PROMISED,
                "1.申请人依法取得营业执照或者已办理名称登记；\n2.经营场所符合相关卫生、安全规范和标准要求；\n3.申请材料齐全、符合法定形式。",
                List.of("申请（窗口或网上提交材料）", "受理（材料齐全、符合法定形式的当场受理）", "审查（书面审查，需要时现场勘验）",
                        "决定（作出准予或者不予许可的书面决定）", "送达（窗口领取或邮寄送达）"),
                fee, EnumSet.of(ServiceObject.ENTERPRISE, ServiceObject.OTHER_ORGANIZATION),
                EnumSet.of(Channel.COUNTER, Channel.ONLINE_PC, Channel.MOBILE), 1, procedures, name.replace("核发", ""),
                EnumSet.of(DeliveryOption.PICK_UP, DeliveryOption.MAIL), deferral, HALL_CONTACTS, materials);
    }
}
