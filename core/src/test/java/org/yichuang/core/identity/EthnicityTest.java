package org.yichuang.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EthnicityTest {

    @Test
    void codes_map_to_the_names_printed_on_cards() {
        assertThat(Ethnicity.name("01")).contains("汉");
        assertThat(Ethnicity.name("05")).contains("维吾尔");
        assertThat(Ethnicity.name("29")).contains("柯尔克孜");
        assertThat(Ethnicity.name("56")).contains("基诺");
        assertThat(Ethnicity.name("97")).contains("其他");
        assertThat(Ethnicity.name("98")).contains("外国血统中国籍人士");
    }

    @Test
    void unknown_codes_have_no_name_and_are_shown_raw() {
        assertThat(Ethnicity.name("00")).isEmpty();
        assertThat(Ethnicity.name("57")).isEmpty();
        assertThat(Ethnicity.name("1")).isEmpty();
        assertThat(Ethnicity.name(null)).isEmpty();
        assertThat(Ethnicity.nameOrCode("57")).isEqualTo("57");
        assertThat(Ethnicity.nameOrCode("02")).isEqualTo("蒙古");
    }
}
