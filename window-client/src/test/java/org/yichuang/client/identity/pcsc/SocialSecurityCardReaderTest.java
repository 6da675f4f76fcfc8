package org.yichuang.client.identity.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.yichuang.client.identity.pcsc.SyntheticSocialSecurityCard.readOf;
import static org.yichuang.client.identity.pcsc.SyntheticSocialSecurityCard.selectOf;
import static org.yichuang.client.identity.pcsc.SyntheticSocialSecurityCard.tlv;

import java.nio.charset.Charset;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.core.identity.DocumentType;

class SocialSecurityCardReaderTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));
    private static final Duration SHORT = Duration.ofMillis(300);

    private FakePcsc pcsc;
    private FakePcsc.Terminal slot;
    private SyntheticSocialSecurityCard card;

    @BeforeEach
    void setUp() {
        pcsc = new FakePcsc();
        slot = pcsc.terminal("Fake Reader 00 00");
        card = new SyntheticSocialSecurityCard();
    }

    private SocialSecurityCardReader reader(String name) throws Exception {
        var factory = pcsc.factory();
        return new SocialSecurityCardReader(() -> factory, name, TODAY);
    }

    private IdentityCard readInserted() throws Exception {
        slot.insert(card);
        return reader(null).read(SHORT);
    }

    private CardReadException failure(SyntheticSocialSecurityCard c) throws Exception {
        slot.insert(c);
        return catchThrowableOfType(() -> reader(null).read(SHORT), CardReadException.class);
    }

    @Test
    void a_card_gives_the_holder_with_number_name_sex_ethnicity_dates_and_its_kind() throws Exception {
        IdentityCard read = readInserted();

        assertThat(read.documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(read.cardKind()).isEqualTo(CardKind.SOCIAL_SECURITY_CARD);
        assertThat(read.number()).isEqualTo("11010519900307283X");
        assertThat(read.name()).isEqualTo("张三");
        assertThat(read.sex()).isEqualTo("男");
        assertThat(read.ethnicity()).isEqualTo("汉");
        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(read.validFrom()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(read.validUntil()).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(read.longTerm()).isFalse();
        assertThat(read.address()).isNull();
        assertThat(read.photo()).isEmpty();
        assertThat(read.toString()).doesNotContain("张三").doesNotContain("283X");
    }

    @Test
    void the_read_selects_ssse_then_reads_ef05_and_ef06_by_record_without_pin_or_get_response() throws Exception {
        readInserted();

        var hex = HexFormat.of().withUpperCase();
        assertThat(card.received()).extracting(hex::formatHex).containsExactly(
                "00A404000F7378312E73682EC9E7BBE1B1A3D5CF",
                "00A4020002EF05", "00B2050400", "00B2060400", "00B2070400",
                "00A4020002EF06", "00B2010400", "00B2020400", "00B2040400", "00B2050400", "00B2070400");
        assertThat(card.received()).noneMatch(apdu -> (apdu[1] & 0xFF) == 0xC0 || (apdu[1] & 0xFF) == 0x20);
    }

    @Test
    void the_card_is_held_exclusively_during_the_read_and_released_after() throws Exception {
        readInserted();

        assertThat(pcsc.exclusiveSessions.get()).isEqualTo(1);
        assertThat(pcsc.exclusiveDepth.get()).isZero();
        assertThat(pcsc.openCards.get()).isZero();
    }

    @Test
    void gbk_names_are_decoded_and_the_zero_padding_dropped() throws Exception {
        for (String name : new String[] {"李四", "欧阳娜娜", "王喆", "张堃", "龘犇", "阿依古丽·买买提"}) {
            card.name(name);
            assertThat(readInserted().name()).as(name).isEqualTo(name);
        }
    }

    @Test
    void a_rare_character_written_as_four_byte_gb18030_is_decoded_rather_than_garbled() throws Exception {
        String rare = "李\uD86D\uDF63";   // 李 + 𫍣 (CJK Ext. C), outside GBK
        card.nameBytes(rare.getBytes(Charset.forName("GB18030")));

        assertThat(readInserted().name()).isEqualTo(rare);
    }

    @Test
    void a_name_that_is_not_gbk_is_refused_as_invalid_content() throws Exception {
        card.nameBytes(new byte[] {(byte) 0xD5, (byte) 0xC5, (byte) 0x81});   // 张 + a lead byte cut off

        CardReadException e = failure(card);

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("姓名");
    }

    @Test
    void a_number_failing_gb_11643_is_invalid_content_and_the_message_does_not_quote_it() throws Exception {
        card.number("110105199003072841");   // check digit should be 8

        CardReadException e = failure(card);

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("GB 11643").doesNotContain("11010519900307");
    }

    @Test
    void impossible_dates_are_invalid_content() throws Exception {
        for (String[] bad : new String[][] {{"0D", "19901332"}, {"0D", "2A000101"}, {"05", "20230230"},
                {"06", "20301301"}}) {
            int tag = Integer.parseInt(bad[0], 16);
            SyntheticSocialSecurityCard c = new SyntheticSocialSecurityCard();
            c.record(tag == 0x0D ? 0xEF06 : 0xEF05, tag == 0x0D ? 7 : tag, tlv(tag, HexFormat.of().parseHex(bad[1])));

            CardReadException e = failure(c);

            assertThat(e).as(bad[1]).isNotNull();
            assertThat(e.reason()).as(bad[1]).isEqualTo(Reason.INVALID_CONTENT);
            assertThat(e.getMessage()).contains("日期");
        }
    }

    @Test
    void a_birth_date_in_the_future_is_invalid_content() throws Exception {
        card.record(0xEF06, 7, tlv(0x0D, HexFormat.of().parseHex("20270101")));

        assertThat(failure(card).reason()).isEqualTo(Reason.INVALID_CONTENT);
    }

    @Test
    void blank_dates_are_left_empty_and_the_birth_date_comes_from_the_number() throws Exception {
        card.record(0xEF06, 7, tlv(0x0D, new byte[4]))
                .record(0xEF05, 6, tlv(0x06, new byte[] {-1, -1, -1, -1}));

        IdentityCard read = readInserted();

        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(read.validUntil()).isNull();
    }

    @Test
    void ascii_dates_and_codes_are_read_as_well_as_bcd() throws Exception {
        card.record(0xEF06, 7, tlv(0x0D, "19900307".getBytes()))
                .record(0xEF06, 5, tlv(0x0B, "05".getBytes()))
                .record(0xEF06, 4, tlv(0x0A, new byte[] {2}));

        IdentityCard read = readInserted();

        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(read.ethnicity()).isEqualTo("维吾尔");
        assertThat(read.sex()).isEqualTo("女");
    }

    @Test
    void a_residence_permit_number_is_recorded_as_that_permit() throws Exception {
        card.number("810000198001011236").record(0xEF06, 7, tlv(0x0D, HexFormat.of().parseHex("19800101")));

        assertThat(readInserted().documentType()).isEqualTo(DocumentType.HMT_RESIDENCE_PERMIT);
    }

    @Test
    void a_status_word_other_than_9000_is_unknown_status_with_the_sw_in_the_message() throws Exception {
        CardReadException e = failure(card.failWith(readOf(2), 0x6A83));

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_STATUS);
        assertThat(e.getMessage()).contains("6A83").contains("EF06 记录 2");
        assertThat(pcsc.openCards.get()).isZero();
        assertThat(pcsc.exclusiveDepth.get()).isZero();
    }

    @Test
    void a_card_without_the_ssse_application_is_unknown_status_at_the_select() throws Exception {
        CardReadException e = failure(card.failWith(apdu -> (apdu[2] & 0xFF) == 0x04 && apdu[1] == (byte) 0xA4,
                0x6A82));

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_STATUS);
        assertThat(e.getMessage()).contains("6A82").contains("SSSE");
    }

    @Test
    void a_61xx_reaching_the_reader_is_not_answered_with_get_response() throws Exception {
        CardReadException e = failure(card.failWith(selectOf(0xEF06), 0x6110));

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_STATUS);
        assertThat(card.received()).noneMatch(apdu -> (apdu[1] & 0xFF) == 0xC0);
    }

    @Test
    void a_card_pulled_out_mid_read_is_card_removed_and_the_card_is_released() throws Exception {
        CardReadException e = failure(card.removeBefore(selectOf(0xEF06)));

        assertThat(e.reason()).isEqualTo(Reason.CARD_REMOVED);
        assertThat(e.getMessage()).contains("取出");
        assertThat(pcsc.openCards.get()).isZero();
        assertThat(pcsc.exclusiveDepth.get()).isZero();
    }

    @Test
    void a_command_answered_with_nothing_is_card_removed() throws Exception {
        CardReadException e = failure(card.silentOn(readOf(7)));

        assertThat(e.reason()).isEqualTo(Reason.CARD_REMOVED);
        assertThat(pcsc.openCards.get()).isZero();
        assertThat(pcsc.exclusiveDepth.get()).isZero();
    }

    @Test
    void a_card_gone_between_detection_and_connect_is_card_removed() throws Exception {
        slot.insert(card);
        slot.vanishOnConnect();

        CardReadException e = catchThrowableOfType(() -> reader(null).read(SHORT), CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.CARD_REMOVED);
        assertThat(card.received()).isEmpty();
    }

    @Test
    void a_truncated_tlv_is_a_corrupt_answer() throws Exception {
        byte[] cut = tlv(0x09, "张三".getBytes(SyntheticSocialSecurityCard.GBK));
        cut[1] = 30;   // says 30 bytes, carries 4

        CardReadException e = failure(card.record(0xEF06, 2, cut));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(e.getMessage()).contains("EF06 记录 2").contains("6 字节");
    }

    @Test
    void a_record_with_the_wrong_tag_or_no_length_is_a_corrupt_answer() throws Exception {
        assertThat(failure(new SyntheticSocialSecurityCard().record(0xEF06, 1, tlv(0x09, new byte[18]))).reason())
                .isEqualTo(Reason.CORRUPT_ANSWER);
        assertThat(failure(new SyntheticSocialSecurityCard().record(0xEF05, 7, new byte[] {7})).reason())
                .isEqualTo(Reason.CORRUPT_ANSWER);
    }

    @Test
    void no_card_within_the_timeout_is_no_card() throws Exception {
        long t0 = System.nanoTime();

        CardReadException e = catchThrowableOfType(() -> reader(null).read(SHORT), CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.NO_CARD);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(SHORT, Duration.ofSeconds(2));
    }

    @Test
    void a_card_inserted_while_waiting_is_read() throws Exception {
        try (WaitingRead read = WaitingRead.startWaiting(reader(null), Duration.ofSeconds(10))) {
            assertThat(read.running()).isTrue();

            slot.insert(card);

            assertThat(read.card(Duration.ofSeconds(5)).name()).isEqualTo("张三");
        }
    }

    @Test
    void cancel_from_another_thread_ends_the_wait_promptly() throws Exception {
        SocialSecurityCardReader reader = reader(null);
        try (WaitingRead read = WaitingRead.startWaiting(reader, Duration.ofMinutes(5))) {
            long t0 = System.nanoTime();
            reader.cancel();
            CardReadException e = read.failure(Duration.ofSeconds(5));

            assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(500));
        }
    }

    @Test
    void a_named_terminal_is_used_even_when_another_has_a_card() throws Exception {
        FakePcsc.Terminal other = pcsc.terminal("Fake Reader 00 01");
        other.insert(card);

        CardReadException e = catchThrowableOfType(() -> reader("Fake Reader 00 00").read(SHORT),
                CardReadException.class);
        assertThat(e.reason()).isEqualTo(Reason.NO_CARD);

        assertThat(reader(null).read(SHORT).name()).isEqualTo("张三");
        assertThat(reader("Fake Reader 00 01").read(SHORT).name()).isEqualTo("张三");
    }

    @Test
    void a_named_terminal_that_is_not_there_is_reader_unavailable_listing_the_ones_that_are() throws Exception {
        CardReadException e = catchThrowableOfType(() -> reader("ACS ACR39U 00 00").read(SHORT),
                CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("ACS ACR39U 00 00").contains("Fake Reader 00 00");
    }

    @Test
    void no_reader_at_all_is_reader_unavailable_saying_what_to_check() throws Exception {
        var empty = new FakePcsc().factory();

        CardReadException e = catchThrowableOfType(
                () -> new SocialSecurityCardReader(() -> empty, null, TODAY).read(SHORT), CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("读卡器").contains("pcscd");
    }

    @Test
    void a_context_the_restarted_service_no_longer_knows_is_dropped_once_and_the_read_goes_on() throws Exception {
        FakePcsc stale = new FakePcsc();
        stale.terminal("Fake Reader 00 00");
        stale.listFailure = "SCARD_E_NO_SERVICE";
        var staleFactory = stale.factory();
        var freshFactory = pcsc.factory();
        java.util.concurrent.atomic.AtomicInteger forgotten = new java.util.concurrent.atomic.AtomicInteger();
        slot.insert(card);
        SocialSecurityCardReader reader = new SocialSecurityCardReader(
                () -> forgotten.get() == 0 ? staleFactory : freshFactory, null, TODAY,
                () -> forgotten.incrementAndGet() > 0);

        assertThat(reader.read(SHORT).name()).isEqualTo("张三");
        assertThat(forgotten.get()).isEqualTo(1);
    }

    @Test
    void a_lost_context_that_cannot_be_dropped_tells_the_clerk_to_restart_the_client() throws Exception {
        pcsc.listFailure = "SCARD_E_SERVICE_STOPPED";
        var factory = pcsc.factory();

        CardReadException e = catchThrowableOfType(
                () -> new SocialSecurityCardReader(() -> factory, null, TODAY, () -> false).read(SHORT),
                CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("SCARD_E_SERVICE_STOPPED").contains("重新启动本程序");
    }

    @Test
    void other_reader_failures_are_not_retried() throws Exception {
        pcsc.listFailure = "SCARD_E_SHARING_VIOLATION";
        var factory = pcsc.factory();
        java.util.concurrent.atomic.AtomicInteger forgotten = new java.util.concurrent.atomic.AtomicInteger();

        CardReadException e = catchThrowableOfType(() -> new SocialSecurityCardReader(() -> factory, null, TODAY,
                () -> forgotten.incrementAndGet() > 0).read(SHORT), CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("占用");
        assertThat(forgotten.get()).isZero();
    }

    @Test
    void the_jdk_none_factory_is_reader_unavailable_saying_what_to_check() throws Exception {
        slot.insert(card);
        var none = pcsc.factory("None");

        CardReadException e = catchThrowableOfType(
                () -> new SocialSecurityCardReader(() -> none, null, TODAY).read(SHORT), CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("PC/SC").contains("pcscd");
        assertThat(card.received()).isEmpty();
    }

    @Test
    void pcsc_service_down_is_reader_unavailable_naming_the_pcsc_error() {
        SocialSecurityCardReader reader = new SocialSecurityCardReader(() -> {
            throw new NoSuchAlgorithmException("Error constructing implementation",
                    new Exception("SCARD_E_NO_SERVICE"));
        }, null, TODAY);

        CardReadException e = catchThrowableOfType(() -> reader.read(SHORT), CardReadException.class);

        assertThat(e.reason()).isEqualTo(Reason.READER_UNAVAILABLE);
        assertThat(e.getMessage()).contains("SCARD_E_NO_SERVICE").contains("pcscd");
    }
}
