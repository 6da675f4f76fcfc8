package org.yichuang.client.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.item.ItemListPresenter;
import org.yichuang.client.testing.FakeHallApi;

class CatalogAdminPresenterTest {
    private final AdminFixture f = new AdminFixture();
    private CatalogAdminPresenter admin;
    private final String publicPlace = AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE);
    private final String food = AdminFixture.codeOf("食品经营许可（新办）");

    @BeforeEach
    void load() {
        admin = f.presenter();
        admin.load();
    }

    @Test
    void the_list_holds_every_item_in_force_with_its_version_and_filters_by_contains() {
        assertThat(admin.list().items()).hasSize(FakeHallApi.ITEMS.size());
        assertThat(admin.list().version(publicPlace)).isEqualTo(1);
        admin.list().setFilter("卫生健康");
        assertThat(admin.list().visibleItems()).isNotEmpty()
                .allMatch(i -> i.department().contains("卫生健康") || i.name().contains("卫生健康"));
        admin.list().setFilter(publicPlace.substring(0, 25).toLowerCase());
        assertThat(admin.list().visibleItems()).extracting(i -> i.implementationCode()).contains(publicPlace);
    }

    @Test
    void leaving_an_edited_item_asks_and_staying_keeps_the_draft_and_the_selection() {
        admin.openItem(publicPlace);
        admin.editor().edit(d -> d.visits = 3);

        f.prompts.answer(false);
        admin.openItem(food);
        assertThat(admin.list().selectedCode()).isEqualTo(publicPlace);
        assertThat(admin.editor().draft().visits).isEqualTo(3);

        f.prompts.answer(true);
        admin.openItem(food);
        assertThat(admin.list().selectedCode()).isEqualTo(food);
        assertThat(admin.editor().draft().name).isEqualTo("食品经营许可（新办）");
        assertThat(admin.confirmClose()).as("nothing left to lose").isTrue();
    }

    @Test
    void a_saved_item_shows_its_new_version_in_the_list() {
        admin.openItem(publicPlace);
        admin.editor().edit(d -> d.promisedValue = 4);
        admin.editor().save();
        assertThat(admin.list().version(publicPlace)).isEqualTo(2);
        assertThat(admin.list().selectedCode()).isEqualTo(publicPlace);
    }

    @Test
    void a_withdrawn_item_stays_listed_as_withdrawn_and_the_editor_closes() {
        admin.openItem(publicPlace);
        f.prompts.answer(true);
        admin.editor().withdraw();
        assertThat(admin.list().items()).filteredOn(i -> i.implementationCode().equals(publicPlace)).singleElement()
                .satisfies(i -> {
                    assertThat(i.inForce()).isFalse();
                    assertThat(i.version()).isEqualTo(2);
                });
        assertThat(admin.editor().isOpen()).isFalse();
        assertThat(admin.list().selectedCode()).isNull();
    }

    @Test
    void new_item_asks_about_unsaved_changes_once() {
        admin.openItem(publicPlace);
        admin.editor().edit(d -> d.visits = 3);
        f.prompts.answer(true);   // one question only: a second would fail as unscripted
        admin.newItem();
        assertThat(admin.editor().isNew()).isTrue();
        assertThat(admin.list().selectedCode()).isNull();
    }

    @Test
    void the_item_filter_finds_by_pinyin_initials_full_pinyin_code_and_department() {
        CatalogAdminPresenter admin = f.presenter();
        admin.load();
        ItemListPresenter list = admin.list();
        list.setFilter("ggcswsxk");
        assertThat(list.visibleItems()).extracting(org.yichuang.core.api.CatalogListing::name)
                .containsExactly(AdminFixture.PUBLIC_PLACE);
        list.setFilter("gonggongchangsuoweisheng");
        assertThat(list.visibleItems()).extracting(org.yichuang.core.api.CatalogListing::name)
                .containsExactly(AdminFixture.PUBLIC_PLACE);
        list.setFilter(AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE));
        assertThat(list.visibleItems()).hasSize(1);
        list.setFilter("卫生健康局");
        assertThat(list.visibleItems()).isNotEmpty().allSatisfy(i -> assertThat(i.department()).contains("卫生健康"));
        assertThat(list.isFilteredEmpty()).isFalse();
        list.setFilter("xyzq");
        assertThat(list.visibleItems()).isEmpty();
        assertThat(list.isFilteredEmpty()).isTrue();
        list.setFilter("  ");
        assertThat(list.visibleItems()).hasSize(45);
        assertThat(list.isFilteredEmpty()).isFalse();
    }
}
