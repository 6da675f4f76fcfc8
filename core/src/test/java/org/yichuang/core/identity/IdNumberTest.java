package org.yichuang.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "810000199408230021"})
    void parse_accepts_numbers_with_a_correct_check_digit(String id) {
        assertThat(IdNumber.parse(id, TODAY).value()).isEqualTo(id);
    }

    @Test
    void parse_accepts_a_lowercase_x_and_surrounding_blanks() {
        assertThat(IdNumber.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void parse_upgrades_a_15_digit_number_by_inserting_19_and_the_check_digit() {
        assertThat(IdNumber.parse("110105491231002", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void parse_rejects_a_wrong_check_digit() {
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021", TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519490230002X", "11010519491331002X", "110105194912", "1101051949123100AX", "",
            "11010520991231002X", "110105491331002"})
    void parse_rejects_impossible_dates_and_malformed_numbers(String id) {
        assertThatThrownBy(() -> IdNumber.parse(id, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                        .isIn(ErrorCode.ID_NUMBER_BIRTH_DATE, ErrorCode.ID_NUMBER_FORMAT, ErrorCode.ID_NUMBER_CHECKSUM));
    }

    @Test
    void parse_rejects_a_february_30th_as_a_birth_date_not_as_a_checksum_error() {
        String body = "11010519490230002";
        String id = body + IdNumber.checkDigit(body);
        assertThatThrownBy(() -> IdNumber.parse(id, TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_NUMBER_BIRTH_DATE));
    }

    @Test
    void parse_rejects_a_birth_date_after_today() {
        String body = "11010520261124001";
        assertThatThrownBy(() -> IdNumber.parse(body + IdNumber.checkDigit(body), TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_NUMBER_BIRTH_DATE));
    }

    @Test
    void birth_date_and_sex_come_from_the_number() {
        IdNumber id = IdNumber.parse("440524188001010014", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(id.isMale()).isTrue();
        assertThat(IdNumber.parse("11010519491231002X", TODAY).isMale()).isFalse();
    }

    @Test
    void toString_never_shows_the_whole_number() {
        assertThat(IdNumber.parse("11010519491231002X", TODAY).toString())
                .doesNotContain("11010519491231002X").contains("1101**********002X");
    }
}
