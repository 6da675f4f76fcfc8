package org.yichuang.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "张三", "第一行\n第二行\r\n\t缩进", "\uD840\uDC00生僻字", "emoji \uD83D\uDE00", "\u00A0nbsp"})
    void ordinary_text_with_line_breaks_and_tabs_is_clean(String text) {
        assertThat(ControlCharacters.firstIn(text)).isEqualTo(-1);
        assertThat(ControlCharacters.presentIn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000", "a\u0007", "a\u001B[2J", "a\u007F", "a\u0085", "a\u009F", "a\uD800", "a\uDC00b",
            "a\uD800x"})
    void controls_del_c1_and_broken_surrogates_are_found(String text) {
        assertThat(ControlCharacters.firstIn(text)).isEqualTo(1);
    }
}
