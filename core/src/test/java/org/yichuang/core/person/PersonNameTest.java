package org.yichuang.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"张三", "阿依古丽·买买提", "\uD840\uDC00\uD840\uDC01", "O'Brien", "Jean-Luc PICARD"})
    void validate_keeps_real_names_byte_exact(String name) {
        assertThat(PersonName.validate(name)).isEqualTo(name);
    }

    @Test
    void validate_strips_only_surrounding_blanks() {
        assertThat(PersonName.validate("  李 四 ")).isEqualTo("李 四");
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三1", "x'); DROP TABLE case_file;--", "张\u0000三", "<b>王五</b>"})
    void validate_rejects_digits_markup_and_control_characters(String name) {
        assertThatThrownBy(() -> PersonName.validate(name))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NAME_INVALID));
    }

    @Test
    void validate_requires_a_name_and_limits_its_length_in_code_points() {
        assertThatThrownBy(() -> PersonName.validate(" "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED));
        String sixtyExtB = "\uD840\uDC00".repeat(PersonName.MAX_CODE_POINTS);
        assertThat(PersonName.validate(sixtyExtB)).isEqualTo(sixtyExtB);
        assertThatThrownBy(() -> PersonName.validate(sixtyExtB + "张"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_TOO_LONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"·", "- ' .", "··--", "•・"})
    void validate_rejects_names_of_punctuation_only(String name) {
        assertThatThrownBy(() -> PersonName.validate(name))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NAME_INVALID));
    }

    @Test
    void validate_accepts_a_few_marks_on_a_letter_and_refuses_long_runs_or_marks_on_nothing() {
        // Nguyễn written decomposed: e + circumflex + tilde
        String vietnamese = "Nguye\u0302\u0303n";
        assertThat(PersonName.validate(vietnamese)).isEqualTo(vietnamese);
        assertThat(PersonName.validate("a\u0301\u0302\u0303")).isEqualTo("a\u0301\u0302\u0303");
        for (String bad : new String[] {"a\u0301\u0302\u0303\u0304", "张" + "\u0336".repeat(40),
                "\u0301张", "张 \u0301", "张·\u0301"}) {
            assertThatThrownBy(() -> PersonName.validate(bad))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.NAME_INVALID));
        }
    }
}
