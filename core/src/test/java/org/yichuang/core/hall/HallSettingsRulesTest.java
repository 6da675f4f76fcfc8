package org.yichuang.core.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.document.DocumentNumberPattern;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.notice.NoticeKind;

class HallSettingsRulesTest {
    private static HallDocumentSettings of(String pattern, String phone) {
        return new HallDocumentSettings(" 南宁市人民政府 ", "", DeferralFailurePolicy.TERMINATED, false, pattern, null,
                phone, null, Map.of(NoticeKind.ACCEPTANCE, " 准受 "));
    }

    @Test
    void hall_landlines_hotlines_and_grouped_numbers_are_taken_and_tidied() {
        assertThat(HallServicePhone.parse("0771-5551234", "咨询电话")).contains("0771-5551234");
        assertThat(HallServicePhone.parse(" 12345 ", "咨询电话")).contains("12345");
        assertThat(HallServicePhone.parse("400-123-4567", "咨询电话")).contains("400-123-4567");
        assertThat(HallServicePhone.parse("０７７１－５５５１２３４", "咨询电话")).contains("0771-5551234");
        assertThat(HallServicePhone.parse("  ", "咨询电话")).isEmpty();
    }

    @Test
    void letters_a_wrong_length_or_loose_dashes_are_refused_naming_the_field() {
        for (String bad : new String[] {"0771 转 8", "12", "1".repeat(21), "-12345", "0771--5551234", "12345-"}) {
            assertThatThrownBy(() -> HallServicePhone.parse(bad, "监督投诉电话")).as(bad)
                    .isInstanceOf(DomainException.class).hasMessageStartingWith("监督投诉电话")
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.HALL_SERVICE_PHONE_INVALID);
        }
    }

    @Test
    void normalising_strips_texts_keeps_blanks_as_none_and_gives_every_kind_a_code() {
        HallDocumentSettings s = HallSettingsRules.normalise(of(" {kind}{year}{seq} ", "12345"));
        assertThat(s.reconsiderationBody()).isEqualTo("南宁市人民政府");
        assertThat(s.court()).isNull();
        assertThat(s.documentNumberPattern()).isEqualTo("{kind}{year}{seq}");
        assertThat(s.kindCodes()).hasSize(NoticeKind.values().length).containsEntry(NoticeKind.ACCEPTANCE, "准受")
                .containsEntry(NoticeKind.MATERIAL_RECEIPT, "收");
    }

    @Test
    void every_problem_is_listed_and_the_message_names_the_first_field() {
        HallDocumentSettings bad = new HallDocumentSettings("南".repeat(61), null, null, false, "{kind}{seq}",
                "简".repeat(21), "abc", null, Map.of(NoticeKind.NOT_COMPETENT, "受"));
        assertThatThrownBy(() -> HallSettingsRules.normalise(bad)).isInstanceOf(DomainException.class)
                .hasMessageContaining("行政复议机关最多 60 个字")
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.code()).isEqualTo(ErrorCode.HALL_SETTINGS_INVALID);
                    assertThat(d.problems()).extracting(p -> p.field()).containsExactly("reconsiderationBody",
                            "deferralFailurePolicy", "documentNumberPattern", "documentAbbreviation",
                            "consultingPhone", "kindCodes.NOT_COMPETENT");
                });
    }

    @Test
    void the_preview_numbers_the_first_acceptance_notice_of_the_year_with_the_name_when_no_abbreviation_is_set() {
        assertThat(HallSettingsRules.sampleNumber(of(DocumentNumberPattern.DEFAULT_TEXT, null), "示范县政务服务中心",
                2026)).isEqualTo("示范县政务服务中心准受〔2026〕00001号");
        assertThatThrownBy(() -> HallSettingsRules.sampleNumber(of("{hall}", null), "x", 2026))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.DOCUMENT_NUMBER_PATTERN_INVALID);
    }
}
