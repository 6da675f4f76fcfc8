package org.yichuang.client.admin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.admin.CatalogAdminPresenter;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.ServiceBundle;

class BundlePresenterTest {
    private final AdminFixture f = new AdminFixture();
    private CatalogAdminPresenter admin;
    private BundlePresenter bundles;
    private final String publicPlace = AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE);
    private final String food = AdminFixture.codeOf("食品经营许可（新办）");

    @BeforeEach
    void load() {
        admin = f.presenter();
        admin.load();
        bundles = admin.bundles();
    }

    @Test
    void a_new_bundle_says_what_is_missing_until_it_has_a_code_a_name_and_two_items() {
        bundles.newBundle();
        assertThat(bundles.issues()).containsExactly("请填写编码", "请填写名称", "一件事至少包含两个事项");
        assertThat(bundles.canSave()).isFalse();

        bundles.setCode("BUNDLE-CANYIN");
        assertThat(bundles.issues()).contains("编码 BUNDLE-CANYIN 已被另一件事使用");
        bundles.setCode("BUNDLE-XIAOCHI");
        bundles.setName("开办小吃店");
        bundles.setCandidate(food);
        bundles.addCandidate();
        bundles.setCandidate(food);
        assertThat(bundles.canAddCandidate()).as("an item joins once").isFalse();
        bundles.addMember(publicPlace);
        assertThat(bundles.issues()).isEmpty();
        assertThat(bundles.canSave()).isTrue();

        bundles.save();
        assertThat(f.api.listBundles()).filteredOn(b -> b.code().equals("BUNDLE-XIAOCHI")).singleElement()
                .isEqualTo(new ServiceBundle("BUNDLE-XIAOCHI", "开办小吃店", null, List.of(food, publicPlace)));
        assertThat(bundles.selectedCode()).isEqualTo("BUNDLE-XIAOCHI");
        assertThat(bundles.isDirty()).isFalse();
    }

    @Test
    void the_preview_asks_once_for_a_material_two_items_need_and_names_both_items() {
        bundles.newBundle();
        bundles.addMember(food);
        bundles.addMember(publicPlace);

        List<MergedMaterial> preview = bundles.preview();
        MergedMaterial identity = preview.stream().filter(m -> m.itemCodes().size() == 2).findFirst().orElseThrow();
        assertThat(identity.itemCodes()).containsExactly(food, publicPlace);
        int separate = f.api.getItem(food).item().materials().size() + f.api.getItem(publicPlace).item().materials().size();
        assertThat(preview.size()).isLessThan(separate);
        assertThat(bundles.itemName(food)).isEqualTo("食品经营许可（新办）");
    }

    @Test
    void members_move_in_handling_order_and_leave_the_bundle() {
        bundles.select("BUNDLE-CANYIN");
        List<String> before = bundles.members();
        bundles.setSelectedMember(0);
        bundles.moveMember(1);
        assertThat(bundles.members()).containsExactly(before.get(1), before.get(0), before.get(2));
        assertThat(bundles.isDirty()).isTrue();
        bundles.removeMember();
        assertThat(bundles.members()).containsExactly(before.get(1), before.get(2));
    }

    @Test
    void leaving_an_edited_bundle_asks_and_staying_keeps_the_edit() {
        bundles.select("BUNDLE-CANYIN");
        bundles.setName("开办餐饮店（改）");
        f.prompts.answer(false);
        assertThat(bundles.select("BUNDLE-MEIRONG")).isFalse();
        assertThat(bundles.name()).isEqualTo("开办餐饮店（改）");
        f.prompts.answer(true);
        assertThat(bundles.select("BUNDLE-MEIRONG")).isTrue();
        assertThat(bundles.name()).isEqualTo("开办美容美发店");
    }

    @Test
    void deleting_asks_first_and_then_removes_the_bundle() {
        bundles.select("BUNDLE-MEIRONG");
        f.prompts.answer(false);
        bundles.delete();
        assertThat(f.api.listBundles()).extracting(ServiceBundle::code).contains("BUNDLE-MEIRONG");

        f.prompts.answer(true);
        bundles.delete();
        assertThat(f.api.listBundles()).extracting(ServiceBundle::code).doesNotContain("BUNDLE-MEIRONG");
        assertThat(bundles.bundles()).extracting(ServiceBundle::code).doesNotContain("BUNDLE-MEIRONG");
        assertThat(bundles.isOpen()).isFalse();
    }
}
