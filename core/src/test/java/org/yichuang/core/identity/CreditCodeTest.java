package org.yichuang.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"11450721MB15580811", "12441500196720244T", "115113010833722043"})
    void isValid_accepts_published_codes(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11450721MB15580812", "12441500196720244", "12441500196720244TT", "11450721MI15580811", ""})
    void isValid_rejects_wrong_checks_lengths_and_letters_outside_the_alphabet(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void parse_reports_CREDIT_CODE_INVALID() {
        assertThatThrownBy(() -> CreditCode.parse("91110000600037341X"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_CODE_INVALID));
    }

    @Test
    void parse_normalises_lowercase_letters() {
        assertThat(CreditCode.parse("11450721mb15580811").value()).isEqualTo("11450721MB15580811");
    }
}
