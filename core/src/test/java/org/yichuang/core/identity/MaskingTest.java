package org.yichuang.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumber_keeps_four_characters_at_each_end() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void name_keeps_the_surname_and_counts_code_points_not_chars() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("阿依古丽·买买提")).isEqualTo("阿*******");
        assertThat(Masking.name("\uD840\uDC00\uD840\uDC01")).isEqualTo("\uD840\uDC00*");
    }

    @Test
    void phone_keeps_the_prefix_and_last_four_digits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void short_or_missing_values_are_fully_masked() {
        assertThat(Masking.idNumber("123")).isEqualTo("****");
        assertThat(Masking.phone(null)).isEqualTo("****");
        assertThat(Masking.name("")).isEmpty();
    }

    @Test
    void documentNumber_masks_long_numbers_like_ids_and_short_ones_keeping_two_at_each_end() {
        assertThat(Masking.documentNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masking.documentNumber("H12345678")).isEqualTo("H123*5678");
        assertThat(Masking.documentNumber("07257456")).isEqualTo("07****56");
        assertThat(Masking.documentNumber("AB123")).isEqualTo("AB*23");
        assertThat(Masking.documentNumber("AB12")).isEqualTo("****");
        assertThat(Masking.documentNumber(null)).isEqualTo("****");
    }
}
