package org.yichuang.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.AgentInput;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.ApplicantLookup;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentType;

/** The one applicant rule of issue 10 item 1, used by the counter's form and the server. */
class ApplicantTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String RESIDENT = "11010519491231002X";
    private static final String COMPANY = "91450100MA5K12347C";
    private static final AgentInput AGENT = new AgentInput("陈大文", DocumentType.HK_MACAO_PERMIT, "H12345678",
            "13800138000");

    private static DomainException refused(ApplicantInput in) {
        try {
            Applicant.of(in, TODAY);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal of " + in);
    }

    @Test
    void an_old_body_with_only_an_id_number_is_a_natural_person_with_a_resident_id() {
        ApplicantInput old = new ApplicantInput(null, "张三", null, null, "13800138000", null, null, null,
                "１１０１０５１９４９１２３１００２ｘ");

        Applicant a = Applicant.of(old, TODAY);

        assertThat(old.kind()).isEqualTo(ApplicantKind.NATURAL_PERSON);
        assertThat(old.documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(a.document().type()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(a.document().value()).isEqualTo(RESIDENT);
        assertThat(a.identifier()).isEqualTo(RESIDENT);
        assertThat(new ApplicantInput("张三", RESIDENT, null))
                .isEqualTo(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null, null));
    }

    @Test
    void each_document_type_is_checked_with_its_own_rule() {
        Applicant passport = Applicant.of(ApplicantInput.naturalPerson("John Smith", DocumentType.PASSPORT,
                "e 1234 5678", null, null), TODAY);
        assertThat(passport.document().value()).isEqualTo("E12345678");

        DomainException wrongFormat = refused(ApplicantInput.naturalPerson("陈大文", DocumentType.HK_MACAO_PERMIT,
                "12345", null, null));
        assertThat(wrongFormat.code()).isEqualTo(ErrorCode.HK_MACAO_PERMIT_FORMAT);
        // a 港澳台居民居住证 number typed as a 居民身份证
        DomainException otherType = refused(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID,
                "810000199001011230", null, null));
        assertThat(otherType.code()).isEqualTo(ErrorCode.DOCUMENT_TYPE_MISMATCH);
        assertThat(refused(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, "110105194912310021", null,
                null)).code()).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM);
        assertThat(refused(ApplicantInput.naturalPerson("张三", null, RESIDENT, null, null)).code())
                .isEqualTo(ErrorCode.DOCUMENT_TYPE_REQUIRED);
    }

    @Test
    void a_legal_person_needs_a_whole_gb32100_credit_code_and_a_legal_representative() {
        Applicant company = Applicant.of(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON,
                "南宁示范科技有限公司（分公司）", "９１４５０１００ma5k12347c", "李四", "0771-5234567", null), TODAY);
        assertThat(company.creditCode().value()).isEqualTo(COMPANY);
        assertThat(company.legalRepresentative()).isEqualTo("李四");
        assertThat(company.document()).isNull();

        // the check character is right for a code whose 3rd-8th characters are no region code
        String badRegion = "91AB0100MA5K1234";
        badRegion = badRegion + org.yichuang.core.identity.CreditCode.organizationCheck("MA5K1234");
        badRegion = badRegion.substring(0, 17) + org.yichuang.core.identity.CreditCode.checkCharacter(
                badRegion.substring(0, 17));
        assertThat(refused(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "某公司", badRegion, "李四", null,
                null)).code()).isEqualTo(ErrorCode.CREDIT_CODE_REGION);
        assertThat(refused(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "某公司", "91450100MA5K12347D",
                "李四", null, null)).code()).isEqualTo(ErrorCode.CREDIT_CODE_INVALID);
        DomainException noRepresentative = refused(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "某公司",
                COMPANY, " ", null, null));
        assertThat(noRepresentative.code()).isEqualTo(ErrorCode.FIELD_REQUIRED);
        assertThat(noRepresentative.getMessage()).contains("法定代表人");
        DomainException badHead = refused(ApplicantInput.organisation(ApplicantKind.OTHER_ORGANISATION, "某协会",
                COMPANY, "李四#", null, null));
        assertThat(badHead.code()).isEqualTo(ErrorCode.NAME_INVALID);
        assertThat(badHead.getMessage()).startsWith("负责人");
    }

    @Test
    void the_legal_representatives_own_document_is_validated_by_the_natural_persons_rule() {
        ApplicantInput company = ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "南宁示范科技有限公司",
                COMPANY, "李四", null, null);
        assertThat(Applicant.of(company, TODAY).representativeDocument()).isNull();
        // full-width digits and a lower-case x are tidied exactly as for a natural person
        Applicant withId = Applicant.of(company.withRepresentativeDocument(DocumentType.RESIDENT_ID,
                "１１０１０５１９４９１２３１００２x"), TODAY);
        assertThat(withId.representativeDocument().type()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(withId.representativeDocument().value()).isEqualTo(RESIDENT);
        assertThat(Applicant.of(company.withRepresentativeDocument(DocumentType.HK_MACAO_PERMIT, "H12345678"), TODAY)
                .representativeDocument().value()).isEqualTo("H12345678");

        DomainException checksum = refused(company.withRepresentativeDocument(DocumentType.RESIDENT_ID,
                "110105194912310021"));
        assertThat(checksum.code()).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM);
        assertThat(checksum.getMessage()).startsWith("法定代表人的");
        DomainException head = refused(new ApplicantInput(ApplicantKind.OTHER_ORGANISATION, "某协会", null, null,
                null, COMPANY, "王五", null, null, DocumentType.PASSPORT, "E1"));
        assertThat(head.code()).isEqualTo(ErrorCode.PASSPORT_NUMBER_FORMAT);
        assertThat(head.getMessage()).startsWith("负责人的");
        assertThat(refused(company.withRepresentativeDocument(null, RESIDENT)).code())
                .isEqualTo(ErrorCode.DOCUMENT_TYPE_REQUIRED);
        assertThat(refused(company.withRepresentativeDocument(DocumentType.RESIDENT_ID, " ")).code())
                .isEqualTo(ErrorCode.FIELD_REQUIRED);
        // a natural person has no representative: the field is refused, not dropped
        assertThat(refused(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null, null)
                .withRepresentativeDocument(DocumentType.RESIDENT_ID, RESIDENT)).code())
                .isEqualTo(ErrorCode.APPLICANT_KIND_MISMATCH);
    }

    @Test
    void the_representatives_number_never_shows_in_full_in_a_log_line() {
        ApplicantInput company = ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "南宁示范科技有限公司",
                COMPANY, "李四", null, null).withRepresentativeDocument(DocumentType.RESIDENT_ID, RESIDENT);
        assertThat(company.toString()).doesNotContain(RESIDENT).contains("1101**********002X");
        assertThat(Applicant.of(company, TODAY).toString()).doesNotContain(RESIDENT).doesNotContain("李四");
    }

    @Test
    void fields_of_another_kind_are_refused_rather_than_dropped() {
        assertThat(refused(new ApplicantInput(ApplicantKind.LEGAL_PERSON, "某公司", DocumentType.RESIDENT_ID, RESIDENT,
                null, COMPANY, "李四", null, null)).code()).isEqualTo(ErrorCode.APPLICANT_KIND_MISMATCH);
        assertThat(refused(new ApplicantInput(ApplicantKind.NATURAL_PERSON, "张三", DocumentType.RESIDENT_ID, RESIDENT,
                null, COMPANY, null, null, null)).code()).isEqualTo(ErrorCode.APPLICANT_KIND_MISMATCH);
        assertThat(refused(new ApplicantInput(ApplicantKind.NATURAL_PERSON, "张三", DocumentType.PASSPORT,
                "E12345678", null, null, null, null, RESIDENT)).code())
                .isEqualTo(ErrorCode.APPLICANT_DOCUMENT_CONFLICT);
    }

    @Test
    void an_organisation_name_may_hold_digits_and_brackets_but_not_control_characters() {
        assertThat(OrganisationName.validate(" 广西123（南宁）有限公司 ")).isEqualTo("广西123（南宁）有限公司");
        assertThatThrownBy(() -> OrganisationName.validate("某\n公司"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NAME_INVALID));
        assertThatThrownBy(() -> OrganisationName.validate("12345"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NAME_INVALID));
        assertThatThrownBy(() -> OrganisationName.validate("某".repeat(101)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ORGANISATION_NAME_INVALID));
    }

    @Test
    void an_agent_is_checked_with_the_applicant_and_its_messages_say_agent() {
        Applicant a = Applicant.of(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null,
                AGENT), TODAY);
        assertThat(a.agent().document().value()).isEqualTo("H12345678");

        DomainException badNumber = refused(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT,
                null, new AgentInput("陈大文", DocumentType.RESIDENT_ID, "110105194912310021", "13800138000")));
        assertThat(badNumber.code()).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM);
        assertThat(badNumber.getMessage()).startsWith("代理人");
        assertThat(refused(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null,
                new AgentInput("陈大文", DocumentType.HK_MACAO_PERMIT, "H12345678", null))).code())
                .isEqualTo(ErrorCode.AGENT_INCOMPLETE);
        assertThat(refused(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null,
                new AgentInput("张三", DocumentType.RESIDENT_ID, RESIDENT, "13800138000"))).code())
                .isEqualTo(ErrorCode.APPLICANT_KIND_MISMATCH);
        // an agent form left empty is no agent
        assertThat(Applicant.of(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null,
                new AgentInput(" ", null, "", null)), TODAY).agent()).isNull();
    }

    @Test
    void nothing_prints_personal_data() {
        ApplicantInput in = ApplicantInput.naturalPerson("张三丰", DocumentType.RESIDENT_ID, RESIDENT, "13800138000",
                AGENT);
        Applicant a = Applicant.of(in, TODAY);
        ApplicantLookup lookup = ApplicantLookup.byDocument(DocumentType.RESIDENT_ID, RESIDENT);
        for (Object o : new Object[] {in, a, lookup, ApplicantKey.of(a), AGENT,
                new org.yichuang.core.api.ApplicantView(ApplicantKind.NATURAL_PERSON, "张三丰",
                        DocumentType.RESIDENT_ID, RESIDENT, null, null, "13800138000")}) {
            assertThat(o.toString()).doesNotContain(RESIDENT, "张三丰", "陈大文", "H12345678", "13800138000");
        }
    }

    @Test
    void a_lookup_finds_the_stored_form_of_a_number_typed_loosely() {
        assertThat(ApplicantKey.of(ApplicantLookup.byDocument(DocumentType.RESIDENT_ID, "1101 0519 4912 3100 2x"),
                TODAY)).isEqualTo(ApplicantKey.of(Applicant.of(new ApplicantInput("张三", RESIDENT, null), TODAY)));
        assertThat(ApplicantKey.of(ApplicantLookup.byCreditCode("91450100ma5k12347c"), TODAY))
                .isEqualTo(new ApplicantKey(null, COMPANY));
        assertThatThrownBy(() -> ApplicantKey.of(new ApplicantLookup(DocumentType.RESIDENT_ID, RESIDENT, COMPANY),
                TODAY)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.APPLICANT_KIND_MISMATCH));
        assertThatThrownBy(() -> ApplicantKey.of(new ApplicantLookup(null, null, null), TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED));
    }
}
