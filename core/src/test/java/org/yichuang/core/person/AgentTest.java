package org.yichuang.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.identity.HkMacaoPermitNumber;

class AgentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static void assertRefused(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void an_agent_is_validated_with_the_same_rules_as_an_applicant() {
        Agent agent = Agent.of(DocumentType.HK_MACAO_PERMIT, "ｈ１２３４５６７８", " 陈大文 ", "138 0013 8000", TODAY);

        assertThat(agent.document()).isEqualTo(new HkMacaoPermitNumber("H12345678"));
        assertThat(agent.name()).isEqualTo("陈大文");
        assertThat(agent.phone().value()).isEqualTo("13800138000");
        assertThat(agent.toString()).contains("港澳居民来往内地通行证").doesNotContain("H12345678", "陈大文",
                "13800138000");
    }

    @Test
    void a_missing_part_answers_AGENT_INCOMPLETE_naming_every_missing_part() {
        assertThatThrownBy(() -> Agent.of(null, " ", "陈大文", null, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.AGENT_INCOMPLETE);
                    assertThat(e.getMessage()).isEqualTo("代理人须填写证件类型、证件号码、联系电话。");
                });
    }

    @Test
    void a_wrong_part_answers_the_code_of_that_field() {
        assertRefused(() -> Agent.of(DocumentType.RESIDENT_ID, "110105194912310021", "陈大文", "13800138000", TODAY),
                ErrorCode.ID_NUMBER_CHECKSUM);
        assertRefused(() -> Agent.of(DocumentType.PASSPORT, "E1", "陈大文", "13800138000", TODAY),
                ErrorCode.PASSPORT_NUMBER_FORMAT);
        assertRefused(() -> Agent.of(DocumentType.RESIDENT_ID, "11010519491231002X", "··", "13800138000", TODAY),
                ErrorCode.NAME_INVALID);
        assertRefused(() -> Agent.of(DocumentType.RESIDENT_ID, "11010519491231002X", "陈大文", "6231201", TODAY),
                ErrorCode.PHONE_INVALID);
    }
}
