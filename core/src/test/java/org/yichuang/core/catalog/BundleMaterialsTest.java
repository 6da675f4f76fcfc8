package org.yichuang.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.core.catalog.ServiceItemBuilder.material;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundleMaterialsTest {
    private static final String LICENCE = "营业执照（副本）";

    private static ServiceItem item(String code, MaterialRequirement... materials) {
        return new ServiceItemBuilder().codes(code, code).materials(materials).build();
    }

    @Test
    void a_material_several_items_need_is_asked_for_once_and_remembers_which_items_it_serves() {
        ServiceItem food = item("FOOD", material("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, false),
                material(LICENCE, MaterialKind.OTHER, true));
        ServiceItem hygiene = item("HYGIENE", material("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, false),
                material("营业执照(副本)", MaterialKind.OTHER, false), material("卫生检测报告", MaterialKind.OTHER, true));

        List<MergedMaterial> merged = BundleMaterials.merge(List.of(food, hygiene));

        assertThat(merged).extracting(m -> m.material().name())
                .containsExactly("申请人身份证明", LICENCE, "卫生检测报告");
        assertThat(merged.get(1).itemCodes()).containsExactly("FOOD", "HYGIENE");
        assertThat(merged.get(2).itemCodes()).containsExactly("HYGIENE");
    }

    @Test
    void the_merged_material_takes_the_strictest_terms() {
        MaterialRequirement few = new MaterialRequirement(LICENCE, MaterialKind.OTHER, 0, 1, "A4", null,
                MaterialSource.APPLICANT, false, "已办理营业执照的", true, null, null);
        MaterialRequirement many = new MaterialRequirement(LICENCE, MaterialKind.OTHER, 1, 2, "A4", null,
                MaterialSource.APPLICANT, true, null, false, null, null);

        MaterialRequirement merged = BundleMaterials.merge(List.of(item("A", few), item("B", many))).get(0).material();

        assertThat(merged.originals()).isEqualTo(1);
        assertThat(merged.copies()).isEqualTo(2);
        assertThat(merged.required()).isTrue();
        assertThat(merged.condition()).isNull();
        assertThat(merged.deferrable()).isFalse();
    }

    @Test
    void notes_shared_by_three_items_are_printed_once_and_different_notes_are_all_kept() {
        MaterialRequirement id = new MaterialRequirement("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, 1, 1, "A4",
                null, MaterialSource.APPLICANT, true, null, false, null, "原件核验后退还");
        MaterialRequirement idWithCopyNote = new MaterialRequirement("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, 1, 1,
                "A4", null, MaterialSource.APPLICANT, true, null, false, null, "复印件须本人签名；原件核验后退还");

        MaterialRequirement merged = BundleMaterials.merge(List.of(item("A", id), item("B", id), item("C", id),
                item("D", idWithCopyNote))).get(0).material();

        assertThat(merged.notes()).isEqualTo("原件核验后退还；复印件须本人签名");
    }
}
