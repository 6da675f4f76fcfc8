package org.yichuang.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class DocumentNumberPatternTest {

    @Test
    void the_default_prints_abbreviation_kind_year_and_a_five_digit_number() {
        assertThat(DocumentNumberPattern.DEFAULT.format("示范政务", "受", 2026, 42)).isEqualTo("示范政务受〔2026〕00042号");
    }

    @Test
    void a_number_wider_than_its_padding_prints_in_full() {
        assertThat(DocumentNumberPattern.parse("{kind}{year}-{seq:2}").format("x", "补", 2025, 1234))
                .isEqualTo("补2025-1234");
    }

    @Test
    void seq_without_width_is_unpadded() {
        assertThat(DocumentNumberPattern.parse("{hall}〔{year}〕{kind}第{seq}号").format("某局", "不受", 2026, 7))
                .isEqualTo("某局〔2026〕不受第7号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{hall}〔{year}〕{seq:5}号", "{hall}{kind}{seq}号", "{kind}{year}", "{kind}{year}{seq}{seq}",
        "{kind}{year}{seq:0}", "{kind}{year}{seq:10}", "{kind}{year}{seq}{name}", "{kind}{year:4}{seq}",
        "{kind}{year}{seq}}", "{kind{year}{seq}"})
    void a_pattern_that_could_repeat_numbers_or_is_malformed_is_refused(String text) {
        assertThatThrownBy(() -> DocumentNumberPattern.parse(text)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.DOCUMENT_NUMBER_PATTERN_INVALID);
    }
}
