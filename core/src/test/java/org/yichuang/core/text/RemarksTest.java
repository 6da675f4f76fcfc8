package org.yichuang.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class RemarksTest {

    @Test
    void blank_remarks_are_absent_and_others_lose_only_their_surrounding_blanks() {
        assertThat(Remarks.parseOptional(null)).isNull();
        assertThat(Remarks.parseOptional(" \n\t ")).isNull();
        assertThat(Remarks.parseOptional("  第一行\n\t第二行  ").value()).isEqualTo("第一行\n\t第二行");
        assertThat(Remarks.parseOptional("'; DROP TABLE cases; --").value()).isEqualTo("'; DROP TABLE cases; --");
    }

    @Test
    void the_limit_counts_characters_not_utf16_units_so_500_extension_b_characters_fit() {
        String rare = "𠀀".repeat(Remarks.MAX_CODE_POINTS);
        assertThat(rare.length()).isEqualTo(2 * Remarks.MAX_CODE_POINTS);
        assertThat(Remarks.parseOptional(rare).value()).isEqualTo(rare);
        assertThatThrownBy(() -> Remarks.parseOptional("字".repeat(Remarks.MAX_CODE_POINTS + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_TOO_LONG);
                    assertThat(e.getMessage()).contains("501");
                });
    }

    @Test
    void control_characters_but_line_breaks_and_tabs_answer_TEXT_CONTROL_CHARACTER() {
        for (String bad : new String[] {"备注\u0000尾", "\u001b[2J", "a\u007fb", "a\u0085b", "broken \ud800 pair"}) {
            assertThatThrownBy(() -> Remarks.parseOptional(bad)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.TEXT_CONTROL_CHARACTER));
        }
    }

    @Test
    void toString_does_not_print_the_text() {
        assertThat(Remarks.parseOptional("张三的女儿代办").toString()).doesNotContain("张三");
    }
}
