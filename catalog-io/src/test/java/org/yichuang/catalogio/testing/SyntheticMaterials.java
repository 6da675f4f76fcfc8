package org.yichuang.catalogio.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;

/**
 * The materials of synthetic items: identity and application form first, then documents from a pool halls really
 * ask for, named the same across items so bundles merge them (一表申报).
 */
final class SyntheticMaterials {
    private static final List<MaterialRequirement> POOL = List.of(
            m("营业执照", MaterialKind.OTHER, 0, 0, null, null, MaterialSource.SHARED, null, "通过市场主体登记信息共享获取"),
            m("法定代表人身份证明", MaterialKind.IDENTITY_DOCUMENT, 1, 1, "A4", null, MaterialSource.APPLICANT, null, null),
            m("授权委托书及受托人身份证明", MaterialKind.OTHER, 1, 1, "A4", "委托人签字", MaterialSource.APPLICANT,
                    "委托他人办理的，提交授权委托书及受托人身份证明", null),
            m("经营场所使用证明", MaterialKind.OTHER, 0, 1, "A4", null, MaterialSource.APPLICANT, null, "房屋产权证明或租赁合同"),
            m("场所平面布局图", MaterialKind.OTHER, 1, 0, "A4", "加盖单位公章", MaterialSource.APPLICANT, null, null),
            m("从业人员健康证明", MaterialKind.OTHER, 0, 1, "A4", null, MaterialSource.APPLICANT, null, null),
            m("专业技术人员资格证书", MaterialKind.OTHER, 1, 1, "A4", null, MaterialSource.APPLICANT, null, "原件核验后退还"),
            m("安全管理制度", MaterialKind.OTHER, 1, 0, "A4", "加盖单位公章", MaterialSource.APPLICANT, null, null),
            m("设备设施清单", MaterialKind.OTHER, 1, 0, "A4", "加盖单位公章", MaterialSource.APPLICANT, null, null),
            m("不动产权证书", MaterialKind.OTHER, 1, 1, "A4", null, MaterialSource.ISSUED_BY_DEPARTMENT, null, "原件核验后退还"),
            m("信用承诺书", MaterialKind.OTHER, 1, 0, "A4", "申请人签字", MaterialSource.APPLICANT, null, null),
            m("项目可行性研究报告", MaterialKind.OTHER, 1, 0, "A4", "编制单位盖章", MaterialSource.APPLICANT, null, null),
            m("环境影响评价文件", MaterialKind.OTHER, 1, 0, "A4", null, MaterialSource.APPLICANT,
                    "依法需要进行环境影响评价的，提交环境影响评价文件", null),
            m("户口簿", MaterialKind.IDENTITY_DOCUMENT, 1, 1, "A4", null, MaterialSource.APPLICANT,
                    "申请人为自然人的，提交户口簿", null));

    private final Random random;

    SyntheticMaterials(Random random) {
        this.random = random;
    }

    /** Returns {@code count} (3–8) materials; with 容缺 allowed, one required secondary material is deferrable. */
    List<MaterialRequirement> forItem(String subject, boolean deferralAllowed, int count) {
        List<MaterialRequirement> out = new ArrayList<>();
        out.add(m("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, 1, 1, "A4", null, MaterialSource.APPLICANT, null,
                "原件核验后退还"));
        out.add(m(subject + "申请表", MaterialKind.APPLICATION_FORM, 1, 0, "A4", "申请人签字（单位申请的加盖公章）",
                MaterialSource.APPLICANT, null, null));
        out.add(m(subject + "相关证明材料", MaterialKind.OTHER, 1, 0, "A4", null, MaterialSource.APPLICANT, null, null));
        List<MaterialRequirement> pool = new ArrayList<>(POOL);
        while (out.size() < count) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        if (deferralAllowed) {
            int k = out.size() - 1;
            MaterialRequirement last = out.get(k);
            while (k > 2 && (last.kind() != MaterialKind.OTHER || !last.required()
                    || last.source() != MaterialSource.APPLICANT)) {
                last = out.get(--k);
            }
            out.set(k, new MaterialRequirement(last.name(), last.kind(), last.originals(), last.copies(),
                    last.paperSize(), last.sealOrSignature(), last.source(), true, null, true, last.sampleRef(),
                    "可容缺：受理后5个工作日内补交"));
        }
        return out;
    }

    private static MaterialRequirement m(String name, MaterialKind kind, int originals, int copies, String paper,
            String seal, MaterialSource source, String condition, String notes) {
        return new MaterialRequirement(name, kind, originals, copies, paper, seal, source, condition == null, condition,
                false, null, notes);
    }
}
