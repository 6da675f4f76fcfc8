package org.yichuang.client.queue.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.client.ui.Messages;

class ServedItemsTest {
    private static final Messages MESSAGES = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Map<String, String> NAMES = Map.of("A1", "不动产首次登记", "A2", "不动产抵押登记",
            "A3", "户口迁入", "A4", "社保");

    /** One unit per character: widths in characters. */
    private static int width(String s) {
        return s.length();
    }

    @Test
    void items_show_by_name_and_a_code_the_catalog_does_not_list_is_marked_after_the_named_ones() {
        ServedItems served = ServedItems.of(List.of("GONE", "A2", "A1"), NAMES, true);

        assertThat(served.text(MESSAGES)).isEqualTo("不动产抵押登记、不动产首次登记、GONE（目录中无此事项）");
        assertThat(served.anyUnknown()).isTrue();
        assertThat(served.tooltip(MESSAGES)).contains("不动产抵押登记　<code>A2</code>")
                .contains("目录中无此事项　<code>GONE</code>");
    }

    @Test
    void before_the_catalog_is_read_codes_show_as_they_are_unmarked() {
        ServedItems served = ServedItems.of(List.of("GONE", "A1"), Map.of(), false);

        assertThat(served.text(MESSAGES)).isEqualTo("GONE、A1");
        assertThat(served.anyUnknown()).isFalse();
    }

    @Test
    void names_that_do_not_fit_end_with_the_count_keeping_as_many_as_fit() {
        ServedItems served = ServedItems.of(List.of("A1", "A2", "A3", "A4"), NAMES, true);

        assertThat(served.fitted(MESSAGES, 23, ServedItemsTest::width)).isEqualTo("不动产首次登记、不动产抵押登记、户口迁入、社保");
        assertThat(served.fitted(MESSAGES, 22, ServedItemsTest::width)).isEqualTo("不动产首次登记、不动产抵押登记 等 4 项");
        assertThat(served.fitted(MESSAGES, 14, ServedItemsTest::width)).isEqualTo("不动产首次登记 等 4 项");
        assertThat(served.fitted(MESSAGES, 3, ServedItemsTest::width)).as("at least one name, cut by the cell")
                .isEqualTo("不动产首次登记 等 4 项");
        assertThat(ServedItems.of(List.of(), NAMES, true).fitted(MESSAGES, 3, ServedItemsTest::width)).isEmpty();
    }
}
