package org.yichuang.client.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.ServiceItemSummary;

class SearchIndexTest {
    /** A made-up entry: name, department, codes. */
    record Row(String name, String department, String... codes) {
    }

    private static SearchIndex<Row> index(Row... rows) {
        return SearchIndex.build(List.of(rows), r -> new SearchIndex.Fields(r.name(), r.department(), List.of(r.codes())));
    }

    private static List<String> names(SearchIndex<Row> index, String query) {
        return index.search(query).stream().map(Row::name).toList();
    }

    /** The shipped demo catalog, as the counter lists it. */
    private static final SearchIndex<ServiceItemSummary> DEMO = SearchIndex.build(FakeHallApi.ITEMS,
            i -> new SearchIndex.Fields(i.name(), i.department(),
                    List.of(i.implementationCode(), i.implementationCode().substring(19))));

    private static List<String> demo(String query) {
        return DEMO.search(query).stream().map(ServiceItemSummary::name).toList();
    }

    /** The demo catalog with its short names (简称), as the intake panel indexes it. */
    private static final SearchIndex<ServiceItemSummary> DEMO_WITH_ALIASES = SearchIndex.build(FakeHallApi.ITEMS,
            i -> new SearchIndex.Fields(i.name(), i.department(), List.of(i.implementationCode()), i.aliases()));

    private static List<String> demoWithAliases(String query) {
        return DEMO_WITH_ALIASES.search(query).stream().map(ServiceItemSummary::name).toList();
    }

    @Test
    void short_names_find_the_item_like_its_name_in_characters_and_pinyin() {
        assertThat(demo("社保")).doesNotContain("社会保障卡申领");   // the name alone does not hold 社保
        assertThat(demoWithAliases("社保")).first().isEqualTo("社会保障卡申领");
        assertThat(demoWithAliases("sbk")).first().isEqualTo("社会保障卡申领");
        assertThat(demoWithAliases("shebao")).first().isEqualTo("社会保障卡申领");
        assertThat(demoWithAliases("公积金")).first().isEqualTo("住房公积金提取");
        assertThat(demoWithAliases("医保")).first().isEqualTo("城乡居民基本医疗保险参保登记");
        assertThat(demoWithAliases("营业执照")).contains("企业设立登记", "个体工商户登记");
        assertThat(demoWithAliases("上户口")).containsExactly("出生户口登记");
    }

    @Test
    void short_names_rank_by_the_items_own_name_length_and_never_duplicate_a_hit() {
        SearchIndex<Row> index = SearchIndex.build(List.of(new Row("社会保障卡申领", "人社局"),
                new Row("社会保障卡挂失", "人社局")), r -> new SearchIndex.Fields(r.name(), r.department(), List.of(),
                        r.name().endsWith("申领") ? List.of("社保卡", "社保卡") : List.of()));

        assertThat(index.search("社保卡").stream().map(Row::name)).containsExactly("社会保障卡申领");
        assertThat(index.explain(0, "sbk")).isEqualTo(MatchTier.INITIALS_PREFIX);
        assertThat(index.explain(0, "保卡")).isEqualTo(MatchTier.NAME_CONTAINS);
    }

    @Test
    void pinyin_initials_find_the_item_the_clerk_means() {
        assertThat(demo("ggcs")).containsExactly("公共场所卫生许可证核发");
        assertThat(demo("yljg")).first().isEqualTo("医疗机构执业登记");
        assertThat(demo("bdc")).containsExactly("不动产抵押登记", "不动产转移登记", "不动产首次登记", "不动产登记资料查询");
    }

    @Test
    void full_pinyin_without_tones_finds_the_item_while_it_is_being_typed() {
        assertThat(demo("gonggongchangsuo")).containsExactly("公共场所卫生许可证核发");
        assertThat(demo("gonggongch")).containsExactly("公共场所卫生许可证核发");
        assertThat(demo("zhufanggongjijin")).containsExactly("住房公积金提取", "住房公积金单位缴存登记");
    }

    @Test
    void pinyin_inside_a_name_matches_only_from_the_start_of_a_syllable() {
        assertThat(demo("weisheng")).contains("公共场所卫生许可证核发");
        // "gonggongchang" holds "ngch" across two syllables: no clerk types that
        assertThat(demo("ngch")).isEmpty();
    }

    @Test
    void polyphonic_characters_match_under_every_reading() {
        SearchIndex<Row> index = index(
                new Row("长期护理保险待遇申请", "医疗保障局"),
                new Row("银行开户许可", "人民银行"),
                new Row("行政调解申请", "司法局"),
                new Row("重大事项听证", "发展和改革局"),
                new Row("证件重新申领", "公安局"),
                new Row("会计从业登记", "财政局"),
                new Row("社会团体年检", "民政局"),
                new Row("音乐教育机构备案", "教育局"),
                new Row("娱乐场所经营许可", "文化广电体育和旅游局"),
                new Row("单位参保登记", "医疗保障局"),
                new Row("藏书馆开放登记", "文化局"),
                new Row("省级示范认定", "工业和信息化局"));
        // 长 chang / zhang
        assertThat(names(index, "cqhl")).containsExactly("长期护理保险待遇申请");
        assertThat(names(index, "zqhl")).containsExactly("长期护理保险待遇申请");
        assertThat(names(index, "changqihuli")).containsExactly("长期护理保险待遇申请");
        assertThat(names(index, "zhangqihuli")).containsExactly("长期护理保险待遇申请");
        // 行 hang in 银行, xing in 行政; 调 tiao / diao
        assertThat(names(index, "yinhang")).containsExactly("银行开户许可");
        assertThat(names(index, "xingzhengtiaojie")).containsExactly("行政调解申请");
        assertThat(names(index, "xztj")).containsExactly("行政调解申请");
        assertThat(names(index, "xzdj")).containsExactly("行政调解申请");
        // 重 zhong / chong, 会 kuai / hui, 乐 yue / le, 单 dan / shan, 藏 cang / zang, 省 sheng / xing
        assertThat(names(index, "zhongda")).containsExactly("重大事项听证");
        assertThat(names(index, "chongxin")).containsExactly("证件重新申领");
        assertThat(names(index, "kuaiji")).containsExactly("会计从业登记");
        assertThat(names(index, "shehui")).containsExactly("社会团体年检");
        assertThat(names(index, "yinyue")).containsExactly("音乐教育机构备案");
        assertThat(names(index, "yule")).containsExactly("娱乐场所经营许可");
        assertThat(names(index, "danwei")).containsExactly("单位参保登记");
        assertThat(names(index, "cangshu")).containsExactly("藏书馆开放登记");
        assertThat(names(index, "shengji")).containsExactly("省级示范认定");
        assertThat(names(index, "xingji")).containsExactly("省级示范认定");
    }

    @Test
    void alternative_spellings_are_capped_for_names_full_of_polyphones() {
        PinyinSpeller speller = new PinyinSpeller();
        List<String[]> units = speller.units(SearchText.fold("长行重发乐会藏单调省长行重发乐会藏单调省和了的"));

        assertThat(speller.full(units)).hasSizeLessThanOrEqualTo(PinyinSpeller.MAX_VARIANTS);
        assertThat(speller.initials(units)).hasSizeLessThanOrEqualTo(PinyinSpeller.MAX_VARIANTS);
        assertThat(speller.full(units).get(0).text()).startsWith("zhangxingzhongfa");
    }

    @Test
    void ranking_runs_from_exact_code_to_department_whatever_the_list_order() {
        SearchIndex<Row> index = index(
                new Row("证照补办", "卫生许可科", "C-0001"),
                new Row("其他事项", "综合科", "X-WSXK-9"),
                new Row("公共场所卫生许可", "卫生健康局", "C-0002"),
                new Row("办理WSXK", "综合科", "C-0003"),
                new Row("卫生许可证核发", "卫生健康局", "C-0004"),
                new Row("WSXK专窗", "综合科", "C-0005"),
                new Row("某事项", "综合科", "WSXK-02"),
                new Row("另一事项", "综合科", "wsxk"));

        assertThat(names(index, "wsxk")).containsExactly("另一事项", "某事项", "WSXK专窗", "卫生许可证核发", "办理WSXK",
                "公共场所卫生许可", "其他事项", "证照补办");
        assertThat(Stream.of(7, 6, 5, 4, 3, 2, 1, 0).map(i -> index.explain(i, "wsxk")).toList()).containsExactly(
                MatchTier.EXACT_CODE, MatchTier.CODE_PREFIX, MatchTier.NAME_PREFIX, MatchTier.INITIALS_PREFIX,
                MatchTier.NAME_CONTAINS, MatchTier.PINYIN_CONTAINS, MatchTier.CODE_CONTAINS, MatchTier.DEPARTMENT);
    }

    @Test
    void full_pinyin_prefix_ranks_after_a_name_prefix_and_before_a_name_that_contains_the_word() {
        SearchIndex<Row> index = index(
                new Row("公共卫生服务", "卫生健康局"),
                new Row("关于WEISHENG的说明", "综合科"),
                new Row("卫生许可", "卫生健康局"),
                new Row("WEISHENG检查", "综合科"));

        assertThat(names(index, "weisheng")).containsExactly("WEISHENG检查", "卫生许可", "关于WEISHENG的说明",
                "公共卫生服务");
        assertThat(index.explain(2, "weisheng")).isEqualTo(MatchTier.PINYIN_PREFIX);
    }

    @Test
    void ties_go_to_the_shorter_name_then_to_the_list_order() {
        SearchIndex<Row> index = index(
                new Row("食品经营许可", "市场监督管理局"),
                new Row("卫生许可乙", "卫生健康局"),
                new Row("卫生许可甲", "卫生健康局"),
                new Row("许可证补办", "综合科"),
                new Row("卫生许可", "卫生健康局"));

        assertThat(names(index, "许可")).containsExactly("许可证补办", "卫生许可", "卫生许可乙", "卫生许可甲", "食品经营许可");
    }

    @Test
    void every_word_must_match_and_the_sum_of_their_tiers_ranks() {
        // both words in the name (5 + 5) beat 卫生 in the department and 许可 in the name (8 + 5)
        assertThat(demo("卫生 许可")).containsExactly("公共场所卫生许可证核发", "母婴保健技术服务执业许可");
        // 市场监管 (short form of 市场监督管理局) + 食品
        assertThat(demo("scjg sp")).containsExactly("食品经营许可（变更）", "食品经营许可（新办）", "仅销售预包装食品备案");
        assertThat(demo("scjg gonggong")).isEmpty();
    }

    @Test
    void codes_match_exactly_by_prefix_or_inside_ignoring_case() {
        ServiceItemSummary ggcs = FakeHallApi.ITEMS.stream().filter(i -> i.name().startsWith("公共场所")).findFirst()
                .orElseThrow();
        assertThat(demo(ggcs.implementationCode())).containsExactly(ggcs.name());
        assertThat(demo("000104002000")).containsExactly(ggcs.name());
        assertThat(demo("11450128mb1602185r")).hasSize(7).allMatch(n -> DEMO.search("卫生健康局").stream()
                .anyMatch(i -> i.name().equals(n)));
        assertThat(demo("104002")).containsExactly(ggcs.name());
        assertThat(DEMO.explain(DEMO.values().indexOf(ggcs), "104002")).isEqualTo(MatchTier.CODE_CONTAINS);
    }

    @Test
    void departments_match_by_name_short_form_initials_and_pinyin() {
        assertThat(demo("卫生健康局")).hasSize(7);
        assertThat(demo("wjj")).isEqualTo(demo("卫生健康局"));
        assertThat(demo("weishengjiankang")).isEqualTo(demo("卫生健康局"));
        assertThat(demo("rsj")).containsExactlyInAnyOrder("社会保障卡申领", "失业登记", "就业创业证申领", "职工正常退休（职）申请",
                "企业职工参保登记");
        assertThat(demo("gongjijinzhongxin")).containsExactlyInAnyOrder("住房公积金提取", "住房公积金单位缴存登记");
    }

    @Test
    void nothing_matches_an_unknown_word() {
        assertThat(demo("xyzxyz")).isEmpty();
        assertThat(demo("无此事项")).isEmpty();
        assertThat(demo("卫生 xyz")).isEmpty();
    }

    @Test
    void full_width_forms_case_and_blanks_are_folded() {
        assertThat(demo("ＧＧＣＳ")).containsExactly("公共场所卫生许可证核发");
        assertThat(demo("GgCs")).containsExactly("公共场所卫生许可证核发");
        assertThat(demo("卫生　许可")).isEqualTo(demo("卫生 许可"));
        assertThat(demo(" 食品经营许可(新办) ")).containsExactly("食品经营许可（新办）");
        assertThat(demo("（新办）")).containsExactly("食品经营许可（新办）");
    }

    @Test
    void the_quick_fold_agrees_with_nfkc() {
        for (String text : List.of("食品经营许可（新办）", "ＩＳＯ　９００１认证", "《公共场所卫生管理条例》、“一件事”·B超",
                "Ⅱ类医疗器械", "㈱株式会社", "ｶﾞｽ供应", "ﬁ", "\uFA11崎")) {
            String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
            assertThat(SearchText.fold(text)).as(text).isEqualTo(nfkc);
        }
        assertThat(PinyinSpeller.toneless("lu:4")).isEqualTo("lv");
        assertThat(PinyinSpeller.toneless("zhang3")).isEqualTo("zhang");
    }

    @Test
    void latin_letters_and_digits_in_names_pass_through() {
        SearchIndex<Row> index = index(
                new Row("B超检查预约", "卫生健康局"),
                new Row("5G基站建设备案", "工业和信息化局"),
                new Row("ISO 9001 认证咨询", "市场监督管理局"));

        assertThat(names(index, "bcjc")).containsExactly("B超检查预约");
        assertThat(names(index, "5gjz")).containsExactly("5G基站建设备案");
        assertThat(names(index, "5gjizhan")).containsExactly("5G基站建设备案");
        assertThat(names(index, "iso9001rz")).containsExactly("ISO 9001 认证咨询");
    }

    @Test
    void a_blank_query_lists_every_entry_in_the_given_order() {
        assertThat(DEMO.search("  ")).isEqualTo(FakeHallApi.ITEMS);
        assertThat(DEMO.search(null)).isEqualTo(FakeHallApi.ITEMS);
    }
}
