package org.yichuang.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class DocumentNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final long SEED = 11643_1999L;

    /** Appends the GB 11643 check character. */
    static String withCheck(String first17) {
        return first17 + IdNumber.checkDigit(first17);
    }

    private static DocumentNumber parse(DocumentType type, String raw) {
        return DocumentNumber.parse(type, raw, TODAY);
    }

    private static void assertRefused(DocumentType type, String raw, ErrorCode code) {
        assertThatThrownBy(() -> parse(type, raw)).as(type + " " + raw)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Replaces ASCII digits and letters by their full-width forms (全角), as a Chinese input method types them. */
    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }

    @Test
    void a_resident_id_typed_in_full_width_with_a_full_width_x_and_stray_spaces_is_the_same_number() {
        for (String raw : new String[] {"１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２ｘ",
            " 110105 19491231 002x ", "110105\u300019491231\u3000002X", "1101 0519 4912 3100 2X\u00a0"}) {
            DocumentNumber n = parse(DocumentType.RESIDENT_ID, raw);
            assertThat(n).isInstanceOf(ResidentIdNumber.class);
            assertThat(n.value()).as(raw).isEqualTo("11010519491231002X");
        }
    }

    @Test
    void a_resident_id_keeps_the_GB_11643_codes_and_upgrades_15_digits() {
        assertThat(parse(DocumentType.RESIDENT_ID, "110105491231002").value()).isEqualTo("11010519491231002X");
        assertRefused(DocumentType.RESIDENT_ID, "110105194912310021", ErrorCode.ID_NUMBER_CHECKSUM);
        assertRefused(DocumentType.RESIDENT_ID, "110105199002300015", ErrorCode.ID_NUMBER_BIRTH_DATE);
        assertRefused(DocumentType.RESIDENT_ID, "1101051949123100", ErrorCode.ID_NUMBER_FORMAT);
        assertRefused(DocumentType.RESIDENT_ID, "   ", ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void a_residence_permit_or_2023_permanent_residence_number_typed_as_a_resident_id_is_a_type_mismatch() {
        String permit = withCheck("81000019900101123");
        String foreign = withCheck("91184019850612001");

        assertThatThrownBy(() -> parse(DocumentType.RESIDENT_ID, permit))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DOCUMENT_TYPE_MISMATCH);
                    assertThat(e.getMessage()).contains("港澳台居民居住证");
                });
        assertThatThrownBy(() -> parse(DocumentType.RESIDENT_ID, foreign))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DOCUMENT_TYPE_MISMATCH);
                    assertThat(e.getMessage()).contains("外国人永久居留身份证");
                });
        assertRefused(DocumentType.RESIDENT_ID, "H12345678", ErrorCode.DOCUMENT_TYPE_MISMATCH);
    }

    @Test
    void a_residence_permit_is_GB_11643_with_a_hong_kong_macau_or_taiwan_prefix() {
        for (String prefix : new String[] {"810000", "820000", "830000"}) {
            String number = withCheck(prefix + "19900101123");
            ResidencePermitNumber n = (ResidencePermitNumber) parse(DocumentType.HMT_RESIDENCE_PERMIT,
                    fullWidth(number.toLowerCase()));
            assertThat(n.value()).isEqualTo(number);
        }
        assertThat(((ResidencePermitNumber) parse(DocumentType.HMT_RESIDENCE_PERMIT,
                withCheck("82000019900101123"))).region()).isEqualTo("澳门");
        assertRefused(DocumentType.HMT_RESIDENCE_PERMIT, "11010519491231002X", ErrorCode.RESIDENCE_PERMIT_FORMAT);
        assertRefused(DocumentType.HMT_RESIDENCE_PERMIT, withCheck("84000019900101123"),
                ErrorCode.RESIDENCE_PERMIT_FORMAT);
        assertRefused(DocumentType.HMT_RESIDENCE_PERMIT, withCheck("81000019900101123").substring(0, 17) + "Y",
                ErrorCode.RESIDENCE_PERMIT_FORMAT);
        String good = withCheck("81000019900101123");
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        assertRefused(DocumentType.HMT_RESIDENCE_PERMIT, good.substring(0, 17) + wrong,
                ErrorCode.DOCUMENT_NUMBER_CHECKSUM);
        assertRefused(DocumentType.HMT_RESIDENCE_PERMIT, withCheck("81000019900230123"),
                ErrorCode.DOCUMENT_NUMBER_BIRTH_DATE);
        assertRefused(DocumentType.HMT_RESIDENCE_PERMIT, withCheck("81000020300101123"),
                ErrorCode.DOCUMENT_NUMBER_BIRTH_DATE);
        // 15-digit upgrades exist only for resident IDs: a permit has always had 18 characters
        assertRefused(DocumentType.HMT_RESIDENCE_PERMIT, "810000900101123", ErrorCode.RESIDENCE_PERMIT_FORMAT);
    }

    @Test
    void a_hong_kong_or_macau_permit_is_H_or_M_and_8_or_10_digits() {
        HkMacaoPermitNumber hk = (HkMacaoPermitNumber) parse(DocumentType.HK_MACAO_PERMIT, "ｈ１２３４ ５６７８");
        assertThat(hk.value()).isEqualTo("H12345678");
        assertThat(hk.region()).isEqualTo("香港");
        assertThat(((HkMacaoPermitNumber) parse(DocumentType.HK_MACAO_PERMIT, "M1234567801")).region())
                .isEqualTo("澳门");
        for (String bad : new String[] {"H1234567", "H123456789", "H123456789012", "K12345678", "12345678",
            "HM2345678"}) {
            assertRefused(DocumentType.HK_MACAO_PERMIT, bad, ErrorCode.HK_MACAO_PERMIT_FORMAT);
        }
        assertRefused(DocumentType.HK_MACAO_PERMIT, withCheck("81000019900101123"), ErrorCode.DOCUMENT_TYPE_MISMATCH);
    }

    @Test
    void a_taiwan_permit_is_the_8_digit_lifelong_number_or_one_of_the_older_forms() {
        TaiwanPermitNumber current = (TaiwanPermitNumber) parse(DocumentType.TAIWAN_PERMIT, "０７２５７４５６");
        assertThat(current.value()).isEqualTo("07257456");
        assertThat(current.lifelongNumber()).isEqualTo("07257456");
        assertThat(parse(DocumentType.TAIWAN_PERMIT, "0725745601").value()).isEqualTo("0725745601");
        TaiwanPermitNumber bracketed = (TaiwanPermitNumber) parse(DocumentType.TAIWAN_PERMIT, "0725745601（b）");
        assertThat(bracketed.value()).isEqualTo("0725745601(B)");
        assertThat(bracketed.lifelongNumber()).isEqualTo("07257456");
        TaiwanPermitNumber oneTime = (TaiwanPermitNumber) parse(DocumentType.TAIWAN_PERMIT, "F290299977");
        assertThat(oneTime.lifelongNumber()).isNull();
        for (String bad : new String[] {"1234567", "123456789", "12345678901", "0725745601(BB)", "FF29029997",
            "T1234567"}) {
            assertRefused(DocumentType.TAIWAN_PERMIT, bad, ErrorCode.TAIWAN_PERMIT_FORMAT);
        }
    }

    @Test
    void a_permanent_residence_card_is_the_2017_or_the_2023_edition_and_the_2023_check_character_counts() {
        String card2023 = withCheck("91184019850612001");
        ForeignResidenceIdNumber n = (ForeignResidenceIdNumber) parse(DocumentType.FOREIGN_PERMANENT_RESIDENCE,
                card2023);
        assertThat(n.is2023Edition()).isTrue();
        ForeignResidenceIdNumber old = (ForeignResidenceIdNumber) parse(DocumentType.FOREIGN_PERMANENT_RESIDENCE,
                "usa 110085 061201");
        assertThat(old.value()).isEqualTo("USA110085061201");
        assertThat(old.is2023Edition()).isFalse();
        char wrong = card2023.charAt(17) == '0' ? '1' : '0';
        assertRefused(DocumentType.FOREIGN_PERMANENT_RESIDENCE, card2023.substring(0, 17) + wrong,
                ErrorCode.DOCUMENT_NUMBER_CHECKSUM);
        assertRefused(DocumentType.FOREIGN_PERMANENT_RESIDENCE, withCheck("91184019851312001"),
                ErrorCode.DOCUMENT_NUMBER_BIRTH_DATE);
        for (String bad : new String[] {"11010519491231002X", "US110085061201", "USA11008506120", "USA1100850612012",
            "9118401985061200"}) {
            assertRefused(DocumentType.FOREIGN_PERMANENT_RESIDENCE, bad, ErrorCode.FOREIGN_RESIDENCE_ID_FORMAT);
        }
        assertRefused(DocumentType.FOREIGN_PERMANENT_RESIDENCE, withCheck("83000019900101123"),
                ErrorCode.DOCUMENT_TYPE_MISMATCH);
    }

    @ParameterizedTest
    @CsvSource({"E12345678,true", "EA1234567,true", "G12345678,true", "ｅ１２３４５６７８,true", "123456789,false",
        "X1234567,false", "AB12345,false", "K1234567890123456789,false"})
    void passports_accept_5_to_20_letters_and_digits_and_recognise_chinese_ordinary_passports(String raw,
            boolean chinese) {
        PassportNumber n = (PassportNumber) parse(DocumentType.PASSPORT, raw);
        assertThat(n.looksChinese()).isEqualTo(chinese);
        assertThat(n.value()).matches("[A-Z0-9]{5,20}");
    }

    @Test
    void passports_refuse_other_lengths_and_characters() {
        for (String bad : new String[] {"E123", "E1234567890123456789X", "E1234-5678", "E12345678<<", "护照123456"}) {
            assertRefused(DocumentType.PASSPORT, bad, ErrorCode.PASSPORT_NUMBER_FORMAT);
        }
    }

    @Test
    void no_type_answers_DOCUMENT_TYPE_REQUIRED_and_a_blank_number_names_the_document() {
        assertThatThrownBy(() -> DocumentNumber.parse(null, "11010519491231002X", TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DOCUMENT_TYPE_REQUIRED));
        assertThatThrownBy(() -> parse(DocumentType.TAIWAN_PERMIT, "\u3000"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED);
                    assertThat(e.getMessage()).contains("台湾居民来往大陆通行证");
                });
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void toString_and_masked_never_show_the_whole_number(DocumentType type) {
        String raw = switch (type) {
            case RESIDENT_ID -> "11010519491231002X";
            case HK_MACAO_PERMIT -> "H12345678";
            case TAIWAN_PERMIT -> "07257456";
            case HMT_RESIDENCE_PERMIT -> withCheck("81000019900101123");
            case FOREIGN_PERMANENT_RESIDENCE -> withCheck("91184019850612001");
            case PASSPORT -> "E12345678";
        };
        DocumentNumber n = parse(type, raw);
        assertThat(n.type()).isEqualTo(type);
        assertThat(n.toString()).doesNotContain(raw);
        assertThat(n.masked()).doesNotContain(raw).contains("*");
    }

    /** Random valid numbers, typed with random full-width characters and blanks, parse to the same value. */
    @Test
    void any_valid_gb_11643_number_survives_full_width_and_blanks_for_each_type_that_uses_it() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5000; i++) {
            DocumentType type = switch (i % 3) {
                case 0 -> DocumentType.RESIDENT_ID;
                case 1 -> DocumentType.HMT_RESIDENCE_PERMIT;
                default -> DocumentType.FOREIGN_PERMANENT_RESIDENCE;
            };
            String number = randomGb11643(random, type);
            String typed = scramble(random, number);
            assertThat(parse(type, typed).value()).as(typed).isEqualTo(number);
        }
    }

    /** MOD 11-2 catches every single changed digit: no such change is ever accepted as the same type. */
    @Test
    void any_single_changed_digit_of_a_valid_number_is_refused() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 5000; i++) {
            DocumentType type = i % 2 == 0 ? DocumentType.RESIDENT_ID : DocumentType.HMT_RESIDENCE_PERMIT;
            String number = randomGb11643(random, type);
            int at = random.nextInt(17);
            char digit = (char) ('0' + (number.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
            String changed = number.substring(0, at) + digit + number.substring(at + 1);
            try {
                DocumentNumber n = parse(type, changed);
                fail("accepted " + changed + " (from " + number + ") as " + n.type());
            } catch (DomainException expected) {
                assertThat(expected.code()).isNotNull();
            }
        }
    }

    /** Whatever is typed, each type either accepts a normalised value that parses again to itself or says why. */
    @Test
    void random_input_is_either_accepted_idempotently_or_refused_with_a_domain_code() {
        Random random = new Random(SEED + 2);
        String chars = "0123456789XxHMEG（）() \u3000１２Ｘｘ-#.中";
        for (int i = 0; i < 4000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(22);
            for (int j = 0; j < len; j++) {
                s.append(chars.charAt(random.nextInt(chars.length())));
            }
            for (DocumentType type : DocumentType.values()) {
                try {
                    DocumentNumber n = parse(type, s.toString());
                    assertThat(n.value()).matches("[A-Z0-9()]+");
                    assertThat(parse(type, n.value())).isEqualTo(n);
                } catch (DomainException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            }
        }
    }

    private static String randomGb11643(Random random, DocumentType type) {
        String prefix = switch (type) {
            case RESIDENT_ID -> String.format("%d%05d", 1 + random.nextInt(6), random.nextInt(100_000));
            case HMT_RESIDENCE_PERMIT -> "8" + (1 + random.nextInt(3)) + "0000";
            default -> String.format("9%02d%03d", random.nextInt(100), random.nextInt(1000));
        };
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
        String first17 = prefix + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return withCheck(first17);
    }

    private static String scramble(Random random, String number) {
        StringBuilder s = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (random.nextInt(5) == 0) {
                s.append(random.nextBoolean() ? ' ' : '\u3000');
            }
            char typed = c == 'X' && random.nextBoolean() ? 'x' : c;
            s.append(random.nextBoolean() ? (char) (typed + 0xFEE0) : typed);
        }
        return s.toString();
    }
}
