package org.yichuang.client.identity.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.core.identity.DocumentType;

/** The 256-byte text block of each card kind, and every way a block can be wrong. */
class TextBlockParserTest {
    private static final Clock TODAY = Clock.fixed(java.time.Instant.parse("2026-12-06T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final TextBlockParser parser = new TextBlockParser(TODAY);
    private final AtomicInteger photoAsked = new AtomicInteger();
    private final Supplier<Optional<BufferedImage>> noPhoto = () -> {
        photoAsked.incrementAndGet();
        return Optional.empty();
    };

    @Test
    void a_resident_card_gives_every_field() throws Exception {
        IdentityCard card = parser.parse(TextBlocks.resident(), noPhoto);
        assertThat(card.documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(card.cardKind()).isEqualTo(CardKind.RESIDENT_ID_CARD);
        assertThat(card.name()).isEqualTo("张三");
        assertThat(card.sex()).isEqualTo("男");
        assertThat(card.ethnicity()).isEqualTo("汉");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(card.address()).isEqualTo("北京市东城区景山前街4号");
        assertThat(card.number()).isEqualTo(TextBlocks.RESIDENT_NUMBER);
        assertThat(card.issuer()).isEqualTo("北京市公安局东城分局");
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(card.validUntil()).isEqualTo(LocalDate.of(2035, 1, 1));
        assertThat(card.longTerm()).isFalse();
        assertThat(card.englishName()).isNull();
        assertThat(card.nationality()).isNull();
        assertThat(card.photo()).isEmpty();
        assertThat(photoAsked).hasValue(1);
        assertThat(card.toString()).doesNotContain("张三").doesNotContain(TextBlocks.RESIDENT_NUMBER);
    }

    @Test
    void a_long_term_card_has_no_end_date() throws Exception {
        byte[] block = TextBlocks.resident("李四", "2", "56", "19491231", TextBlocks.RESIDENT_NUMBER, "20100101", "长期");
        IdentityCard card = parser.parse(block, noPhoto);
        assertThat(card.longTerm()).isTrue();
        assertThat(card.validUntil()).isNull();
        assertThat(card.sex()).isEqualTo("女");
        assertThat(card.ethnicity()).isEqualTo("基诺");
        assertThat(card.expiredOn(LocalDate.of(2100, 1, 1))).isFalse();
    }

    @Test
    void nation_codes_follow_gb_t_3304_and_unknown_codes_stay_raw() throws Exception {
        assertThat(NationCodes.name("02")).isEqualTo("蒙古");
        assertThat(NationCodes.name("05")).isEqualTo("维吾尔");
        assertThat(NationCodes.name("29")).isEqualTo("柯尔克孜");
        assertThat(NationCodes.name("43")).isEqualTo("乌孜别克");
        assertThat(NationCodes.name("56")).isEqualTo("基诺");
        assertThat(NationCodes.name("97")).isEqualTo("其他");
        assertThat(NationCodes.name("98")).isEqualTo("外国血统中国籍人士");
        assertThat(NationCodes.name("57")).isEqualTo("57");
        assertThat(NationCodes.name("00")).isEqualTo("00");
        byte[] block = TextBlocks.resident("张三", "1", "77", "19491231", TextBlocks.RESIDENT_NUMBER, "20150101",
                "20350101");
        assertThat(parser.parse(block, noPhoto).ethnicity()).isEqualTo("77");
    }

    @Test
    void a_residence_permit_of_a_hong_kong_resident_is_read_from_marker_j() throws Exception {
        IdentityCard card = parser.parse(TextBlocks.hmt(), noPhoto);
        assertThat(card.documentType()).isEqualTo(DocumentType.HMT_RESIDENCE_PERMIT);
        assertThat(card.cardKind()).isEqualTo(CardKind.HMT_RESIDENCE_PERMIT_CARD);
        assertThat(card.name()).isEqualTo("陈大文");
        assertThat(card.number()).isEqualTo(TextBlocks.HMT_NUMBER);
        assertThat(card.ethnicity()).isNull();
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(card.expiredOn(LocalDate.of(2026, 12, 6))).isTrue();
    }

    @Test
    void a_2017_foreigners_card_is_read_from_marker_i() throws Exception {
        IdentityCard card = parser.parse(TextBlocks.foreigner2017(), noPhoto);
        assertThat(card.documentType()).isEqualTo(DocumentType.FOREIGN_PERMANENT_RESIDENCE);
        assertThat(card.cardKind()).isEqualTo(CardKind.FOREIGN_PERMANENT_RESIDENCE_CARD_2017);
        assertThat(card.englishName()).isEqualTo("SMITH, JOHN");
        assertThat(card.name()).isEqualTo("史密斯");
        assertThat(card.number()).isEqualTo(TextBlocks.FOREIGNER_NUMBER);
        assertThat(card.nationality()).isEqualTo("USA");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1949, 1, 23));
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(card.validUntil()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(card.issuer()).isEqualTo("1100");
        assertThat(card.ethnicity()).isNull();
        assertThat(card.address()).isNull();
    }

    @Test
    void a_foreigners_card_without_a_chinese_name_is_named_in_english() throws Exception {
        byte[] block = TextBlocks.with(TextBlocks.foreigner2017(), 158, 30, "");
        assertThat(parser.parse(block, noPhoto).name()).isEqualTo("SMITH, JOHN");
    }

    @Test
    void the_2023_foreigners_card_is_refused_with_the_manual_entry_message() {
        CardReadException e = failure(TextBlocks.foreigner2023());
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CARD);
        assertThat(e.getMessage()).isEqualTo("该证件为2023版外国人永久居留身份证，本系统暂不支持读取，请人工核验录入");
        assertThat(photoAsked).hasValue(0);
    }

    @Test
    void an_unknown_marker_is_an_unsupported_card_naming_the_marker() {
        CardReadException e = failure(TextBlocks.with(TextBlocks.resident(), 248, 2, "Z"));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_CARD);
        assertThat(e.getMessage()).contains("“Z”").contains("暂不支持").contains("人工核验录入");
        byte[] binary = TextBlocks.resident();
        binary[248] = 0x07;
        binary[249] = (byte) 0xE0;
        assertThat(failure(binary).getMessage()).contains("“E007”");
    }

    @Test
    void impossible_or_non_numeric_dates_are_invalid_content() {
        String n = TextBlocks.RESIDENT_NUMBER;
        assertInvalid(TextBlocks.resident("张三", "1", "01", "19491231", n, "20230230", "20330101"), "有效期起始日期");
        assertInvalid(TextBlocks.resident("张三", "1", "01", "19491231", n, "2023O101", "20330101"), "有效期起始日期");
        assertInvalid(TextBlocks.resident("张三", "1", "01", "19491231", n, "20230101", "2033-1-1"), "有效期截止日期");
        assertInvalid(TextBlocks.resident("张三", "1", "01", "19491331", n, "20230101", "20330101"), "出生日期");
        assertInvalid(TextBlocks.resident("张三", "1", "01", "１９４９１２３１", n, "20230101", "20330101"), "出生日期");
        assertInvalid(TextBlocks.resident("张三", "1", "01", "19491231", n, "20230101", "20130101"), "有效期止早于");
        assertInvalid(TextBlocks.with(TextBlocks.foreigner2017(), 220, 16, "20270101"), "出生日期");
    }

    @Test
    void a_number_failing_gb_11643_is_invalid_content_with_nothing_filled() {
        String wrongCheck = TextBlocks.RESIDENT_NUMBER.substring(0, 17)
                + (TextBlocks.RESIDENT_NUMBER.charAt(17) == '0' ? '1' : '0');
        CardReadException e = failure(TextBlocks.resident("张三", "1", "01", "19491231", wrongCheck, "20150101",
                "20350101"));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("证件号码未通过校验").contains("校验位").doesNotContain(wrongCheck);
        assertThat(photoAsked).hasValue(0);
    }

    @Test
    void a_number_whose_birth_date_differs_from_the_cards_is_invalid_content() {
        assertInvalid(TextBlocks.resident("张三", "1", "01", "19491230", TextBlocks.RESIDENT_NUMBER, "20150101",
                "20350101"), "出生日期与证件上的出生日期不一致");
    }

    @Test
    void a_residence_permit_number_must_start_with_81_82_or_83() {
        String mainland = TextBlocks.withCheckDigit("11000019900101123");
        assertInvalid(TextBlocks.with(TextBlocks.hmt(), 122, 36, mainland), "81、82 或 83");
    }

    @Test
    void missing_fields_bad_sex_codes_and_control_characters_are_invalid_content() {
        assertInvalid(TextBlocks.with(TextBlocks.resident(), 0, 30, ""), "缺少姓名");
        assertInvalid(TextBlocks.with(TextBlocks.resident(), 30, 2, "3"), "性别");
        assertInvalid(TextBlocks.with(TextBlocks.resident(), 32, 4, ""), "缺少民族");
        assertInvalid(TextBlocks.with(TextBlocks.resident(), 52, 70, "北京\u0001"), "住址");
        byte[] brokenUtf16 = TextBlocks.resident();
        brokenUtf16[0] = 0x00;
        brokenUtf16[1] = (byte) 0xDC; // a lone low surrogate
        assertInvalid(brokenUtf16, "姓名");
        assertInvalid(TextBlocks.with(TextBlocks.foreigner2017(), 122, 30, "US1100490123011"), "证件号码");
        assertInvalid(TextBlocks.with(TextBlocks.foreigner2017(), 152, 6, "us"), "国籍");
    }

    @Test
    void a_block_of_the_wrong_length_is_refused() {
        CardReadException e = catchThrowableOfType(CardReadException.class,
                () -> parser.parse(new byte[255], noPhoto));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("255");
    }

    private void assertInvalid(byte[] block, String messagePart) {
        CardReadException e = failure(block);
        assertThat(e.reason()).as(messagePart).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains(messagePart).contains("人工核验");
        assertThat(photoAsked).hasValue(0);
    }

    private CardReadException failure(byte[] block) {
        return catchThrowableOfType(CardReadException.class, () -> parser.parse(block, noPhoto));
    }
}
