package org.yichuang.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class CreditCodeTest {

    /** Gives {@code first17} its organisation-code check (17th) and GB 32100 check (18th) characters. */
    private static String code(String first16) {
        String seventeen = first16 + CreditCode.organizationCheck(first16.substring(8, 16));
        return seventeen + CreditCode.checkCharacter(seventeen);
    }

    /** Gives {@code first17} only its right 18th character, whatever the structure. */
    private static String withCheck(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static void assertRefused(String raw, ErrorCode code) {
        assertThatThrownBy(() -> CreditCode.parse(raw)).as(raw)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

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
    void a_wrong_18th_character_length_or_letter_answers_CREDIT_CODE_INVALID_naming_the_position() {
        assertRefused("11450721MB15580812", ErrorCode.CREDIT_CODE_INVALID);
        assertRefused("12441500196720244", ErrorCode.CREDIT_CODE_INVALID);
        assertThatThrownBy(() -> CreditCode.parse("11450721MI15580811"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("第 10 位"));
        assertRefused(" ", ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void parse_normalises_lowercase_full_width_and_blanks() {
        assertThat(CreditCode.parse("11450721mb15580811").value()).isEqualTo("11450721MB15580811");
        assertThat(CreditCode.parse("１１４５ ０７２１ ＭＢ１５５８０８１１").value()).isEqualTo("11450721MB15580811");
        assertThat(CreditCode.parse("11450721MB15580811").regionCode()).isEqualTo("450721");
        assertThat(CreditCode.parse("11450721MB15580811").organizationCode()).isEqualTo("MB1558081");
    }

    @ParameterizedTest
    @ValueSource(strings = {"B1", "C1", "M1", "01", "X1"})
    void a_first_character_that_is_no_registration_authority_answers_CREDIT_CODE_AUTHORITY(String prefix) {
        assertRefused(code(prefix + "450721MB155808"), ErrorCode.CREDIT_CODE_AUTHORITY);
    }

    @ParameterizedTest
    @CsvSource({"14", "22", "37", "42", "54", "63", "73", "82", "94", "99", "A2", "N4", "Y2", "1A", "9A"})
    void an_organisation_type_the_authority_does_not_register_answers_CREDIT_CODE_AUTHORITY(String prefix) {
        assertRefused(code(prefix + "450721MB155808"), ErrorCode.CREDIT_CODE_AUTHORITY);
    }

    @ParameterizedTest
    @CsvSource({"11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "36", "39", "41", "51", "52", "53",
        "59", "61", "62", "71", "72", "81", "91", "92", "93", "A1", "N1", "N2", "N3", "N9", "Y1"})
    void every_authority_and_type_of_the_table_is_accepted(String prefix) {
        assertThat(CreditCode.parse(code(prefix + "450721MB155808")).value()).startsWith(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "45072A", "A50721", "4507Y1"})
    void a_region_that_is_not_six_digits_or_is_000000_answers_CREDIT_CODE_REGION(String region) {
        assertRefused(code("91" + region + "MB155808"), ErrorCode.CREDIT_CODE_REGION);
    }

    @Test
    void a_region_not_in_any_list_is_accepted_since_obsolete_regions_stay_in_issued_codes() {
        assertThat(CreditCode.isValid(code("91999999MB155808"))).isTrue();
    }

    @Test
    void a_wrong_gb_11714_check_character_answers_CREDIT_CODE_ORGANIZATION_CODE() {
        String good = code("91450721MB155808");
        for (char c : "0123456789X".toCharArray()) {
            if (c != good.charAt(16)) {
                assertRefused(withCheck(good.substring(0, 16) + c), ErrorCode.CREDIT_CODE_ORGANIZATION_CODE);
            }
        }
        // the organisation check never is a letter but X
        assertRefused(withCheck(good.substring(0, 16) + "A"), ErrorCode.CREDIT_CODE_ORGANIZATION_CODE);
    }

    @Test
    void the_gb_11714_check_maps_10_to_X_and_11_to_0() {
        // Σ mod 11 = 0 → 11 → 0
        assertThat(CreditCode.organizationCheck("00000000")).isEqualTo('0');
        // 1 × 4 = 4 → 7
        assertThat(CreditCode.organizationCheck("00000010")).isEqualTo('7');
        // 4 × 3 = 12, mod 11 = 1 → 10 → X
        assertThat(CreditCode.organizationCheck("40000000")).isEqualTo('X');
        // the organisation code of 115113010833722043 (RULES.md §7.2)
        assertThat(CreditCode.organizationCheck("08337220")).isEqualTo('4');
    }

    /** Every structured code is accepted; every single changed or swapped character of it is refused. */
    @Test
    void structured_codes_are_accepted_and_any_single_substitution_or_adjacent_swap_is_refused() {
        RandomCreditCodes codes = new RandomCreditCodes(RandomCreditCodes.SEED);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            String code = codes.nextStructured();
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            int at = random.nextInt(18);
            char other;
            do {
                other = alphabet.charAt(random.nextInt(alphabet.length()));
            } while (other == code.charAt(at));
            String changed = code.substring(0, at) + other + code.substring(at + 1);
            assertThat(CreditCode.isValid(changed)).as(code + " → " + changed).isFalse();
            int swap = random.nextInt(16);
            if (code.charAt(swap) != code.charAt(swap + 1)) {
                String swapped = code.substring(0, swap) + code.charAt(swap + 1) + code.charAt(swap)
                        + code.substring(swap + 2);
                assertThat(CreditCode.isValid(swapped)).as(code + " ⇄ " + swapped).isFalse();
            }
        }
    }

    /** The census of bench/credit-code-structure.sh with its fixed seed: the figure the report quotes. */
    @Test
    void of_300000_random_codes_with_a_right_check_character_the_structure_refuses_299998() {
        CreditCodeCensus.Result r = CreditCodeCensus.census(300_000, RandomCreditCodes.SEED);

        assertThat(r.refused()).isEqualTo(299_998);
        assertThat(r.byCode()).containsEntry(ErrorCode.CREDIT_CODE_AUTHORITY, 288_563)
                .containsEntry(ErrorCode.CREDIT_CODE_REGION, 11_425)
                .containsEntry(ErrorCode.CREDIT_CODE_ORGANIZATION_CODE, 10)
                .doesNotContainKey(ErrorCode.CREDIT_CODE_INVALID);
        assertThat(r.checkZeroFromSumZero()).isEqualTo(9_674);
    }
}
