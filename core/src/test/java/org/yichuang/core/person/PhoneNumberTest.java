package org.yichuang.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13800138000|13800138000|MOBILE",
        "138 0013 8000|13800138000|MOBILE",
        "138-0013-8000|13800138000|MOBILE",
        "+86 138 0013 8000|13800138000|MOBILE",
        "0086-13800138000|13800138000|MOBILE",
        "8613800138000|13800138000|MOBILE",
        "１３８００１３８０００|13800138000|MOBILE",
        "19962345678|19962345678|MOBILE",
        "010-62345678|010-62345678|LANDLINE",
        "01062345678|010-62345678|LANDLINE",
        "(010)62345678|010-62345678|LANDLINE",
        "（０１０）６２３４５６７８|010-62345678|LANDLINE",
        "020 8765 4321|020-87654321|LANDLINE",
        "0771-6231201|0771-6231201|LANDLINE",
        "07716231201|0771-6231201|LANDLINE",
        "０７７１－６２３１２０１|0771-6231201|LANDLINE",
        "0771—6231201|0771-6231201|LANDLINE",
        "0771-6231201转8001|0771-6231201-8001|LANDLINE",
        "0771-6231201 分机 12|0771-6231201-12|LANDLINE",
        "021-62345678 ext. 12|021-62345678-12|LANDLINE",
        "021-62345678x12|021-62345678-12|LANDLINE",
        "021-62345678#123456|021-62345678-123456|LANDLINE",
        "010-62345678-123|010-62345678-123|LANDLINE",
        "+86 10 62345678|010-62345678|LANDLINE",
        "+86 (0)771 6231201|0771-6231201|LANDLINE",
    })
    void mobiles_and_landlines_are_tidied_to_one_stored_form(String raw, String stored, PhoneNumber.Kind kind) {
        PhoneNumber phone = PhoneNumber.parse(raw);
        assertThat(phone.value()).isEqualTo(stored);
        assertThat(phone.kind()).isEqualTo(kind);
        assertThat(PhoneNumber.parse(phone.value())).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "6231201", "62312011", "1380013800", "138001380001", "12800138000",
        "11800138000", "0771-623120", "0771-623120123", "0771-0231201", "0771-1231201", "13800138000-12",
        "13800138000转12", "010-62345678-1234567", "0771-6231201转", "abc", "138OO138OOO", "0771--6231201",
        "-13800138000", "400-810-8888", "00-62345678", "010-12345678", "+1 415 555 0100"})
    void anything_else_answers_PHONE_INVALID_with_a_reason(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw)).as(raw)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PHONE_INVALID);
                    assertThat(e.getMessage()).startsWith("联系电话格式不正确：").doesNotContain(raw);
                });
    }

    @Test
    void the_message_says_what_is_wrong() {
        assertThatThrownBy(() -> PhoneNumber.parse("1380013800")).hasMessageContaining("11 位，现为 10 位");
        assertThatThrownBy(() -> PhoneNumber.parse("6231201")).hasMessageContaining("须带区号");
        assertThatThrownBy(() -> PhoneNumber.parse("0771-623120")).hasMessageContaining("7 或 8 位，现为 6 位");
    }

    @Test
    void a_blank_phone_is_absent_when_optional_and_FIELD_REQUIRED_when_required() {
        assertThat(PhoneNumber.parseOptional(null)).isNull();
        assertThat(PhoneNumber.parseOptional(" \u3000 ")).isNull();
        assertThatThrownBy(() -> PhoneNumber.parse("  ")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED));
    }

    @Test
    void toString_is_masked() {
        assertThat(PhoneNumber.parse("13800138000").toString()).doesNotContain("13800138000").contains("138****8000");
    }

    /** Random valid numbers typed with random separators and full-width digits keep their stored form. */
    @Test
    void random_valid_numbers_survive_any_typing() {
        Random random = new Random(20261206L);
        for (int i = 0; i < 20_000; i++) {
            String stored;
            if (random.nextBoolean()) {
                stored = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            } else {
                String area = random.nextBoolean() ? (random.nextBoolean() ? "010" : "02" + random.nextInt(10))
                        : "0" + (3 + random.nextInt(7)) + String.format("%02d", random.nextInt(100));
                int length = 7 + random.nextInt(2);
                String subscriber = (2 + random.nextInt(8)) + String.format("%0" + (length - 1) + "d",
                        (long) (random.nextDouble() * Math.pow(10, length - 1)));
                stored = area + "-" + subscriber + (random.nextInt(4) == 0 ? "-" + (1 + random.nextInt(9999)) : "");
            }
            StringBuilder typed = new StringBuilder(random.nextInt(4) == 0 ? " " : "");
            for (char c : stored.toCharArray()) {
                if (c == '-') {
                    typed.append(new String[] {"-", " ", "－", "—", ""}[random.nextInt(stored.indexOf('-') == stored
                            .lastIndexOf('-') ? 5 : 4)]);
                    continue;
                }
                typed.append(random.nextBoolean() ? (char) (c + 0xFEE0) : c);
                if (random.nextInt(8) == 0 && c != stored.charAt(stored.length() - 1)) {
                    typed.append(' ');
                }
            }
            String raw = typed.toString();
            if (stored.chars().filter(c -> c == '-').count() == 2) {
                // an extension needs its own separator once blanks may sit inside the number
                int last = stored.lastIndexOf('-');
                raw = (stored.substring(0, last) + "转" + stored.substring(last + 1));
            }
            assertThat(PhoneNumber.parse(raw).value()).as(raw).isEqualTo(stored);
        }
    }

    /** Whatever is typed, the result is refused with a reason or a stored form that parses again to itself. */
    @Test
    void random_input_is_either_refused_with_a_reason_or_stored_in_a_form_that_parses_to_itself() {
        Random random = new Random(86L);
        String chars = "0123456789０１２３-－— ()（）+转#xX分机.a";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(20);
            for (int j = 0; j < len; j++) {
                s.append(chars.charAt(random.nextInt(chars.length())));
            }
            try {
                PhoneNumber phone = PhoneNumber.parse(s.toString());
                assertThat(phone.value()).matches("1[3-9]\\d{9}|0\\d{2,3}-[2-9]\\d{6,7}(-\\d{1,6})?");
                assertThat(PhoneNumber.parse(phone.value())).isEqualTo(phone);
            } catch (DomainException refused) {
                assertThat(refused.code()).isIn(ErrorCode.PHONE_INVALID, ErrorCode.FIELD_REQUIRED);
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }
}
