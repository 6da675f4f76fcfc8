package org.yichuang.client.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.error.ErrorCode;

class IntakePresenterTest {
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final FakeHallApi api = new FakeHallApi();
    private final List<CaseReceipt> opened = new ArrayList<>();
    private final AtomicInteger keys = new AtomicInteger();
    private final List<String> fired = new ArrayList<>();
    private IntakePresenter presenter;
    private CreateCaseAction action;

    @BeforeEach
    void setUp() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        org.yichuang.client.ui.Messages messages = new org.yichuang.client.ui.Messages(Locale.SIMPLIFIED_CHINESE);
        presenter = new IntakePresenter(api, tasks, messages, () -> LocalDate.of(2026, 11, 23),
                () -> "key-" + keys.incrementAndGet(), opened::add);
        action = new CreateCaseAction(messages, presenter);
        presenter.addPropertyChangeListener(e -> fired.add(e.getPropertyName()));
        presenter.loadItems();
    }

    private List<String> visibleNames() {
        return presenter.visibleEntries().stream().map(CatalogEntry::name).toList();
    }

    private static ServiceItemSummary item(String name) {
        return FakeHallApi.ITEMS.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void loading_lists_the_items_then_the_bundles_and_selects_the_first_item() {
        assertThat(presenter.isLoaded()).isTrue();
        assertThat(presenter.visibleEntries()).hasSize(45 + 5);
        assertThat(presenter.visibleEntries().subList(0, 45)).extracting(CatalogEntry::item)
                .isEqualTo(FakeHallApi.ITEMS);
        assertThat(presenter.visibleEntries().subList(45, 50)).allMatch(CatalogEntry::isBundle)
                .extracting(CatalogEntry::name).containsExactly("二手房转移登记一件事", "企业开办一件事", "出生一件事",
                        "开办美容美发店", "开办餐饮店");
        assertThat(presenter.selectedItem()).isEqualTo(item("住房公积金单位缴存登记"));
        assertThat(presenter.resultSummary()).isEqualTo("共 45 个事项、5 个“一件事”");
    }

    @Test
    void typing_ranks_the_matches_and_selects_the_best_one() {
        presenter.setFilter("ggcs");
        assertThat(visibleNames()).containsExactly("公共场所卫生许可证核发");
        assertThat(presenter.selectedItem()).isEqualTo(item("公共场所卫生许可证核发"));
        assertThat(presenter.resultSummary()).isEqualTo("1 项匹配");

        presenter.setFilter("市场监督");
        assertThat(presenter.visibleEntries()).hasSize(7)
                .allSatisfy(e -> assertThat(e.item().department()).isEqualTo("示范县市场监督管理局"));

        presenter.setFilter("104002");
        assertThat(visibleNames()).containsExactly("公共场所卫生许可证核发");

        presenter.setFilter("没有这个");
        assertThat(presenter.visibleEntries()).isEmpty();
        assertThat(presenter.selectedEntry()).isNull();
        assertThat(presenter.resultSummary()).isEqualTo("无匹配事项");
        assertThat(presenter.canPrintGuide()).isFalse();
    }

    @Test
    void arrows_and_pages_move_the_choice_and_stop_at_either_end() {
        presenter.setFilter("bdc");
        assertThat(visibleNames()).containsExactly("不动产抵押登记", "不动产转移登记", "不动产首次登记", "不动产登记资料查询");
        assertThat(presenter.selectedEntry().name()).isEqualTo("不动产抵押登记");

        presenter.moveSelection(1);
        assertThat(presenter.selectedEntry().name()).isEqualTo("不动产转移登记");
        presenter.moveSelection(10);
        assertThat(presenter.selectedEntry().name()).isEqualTo("不动产登记资料查询");
        presenter.moveSelection(1);
        assertThat(presenter.selectedEntry().name()).isEqualTo("不动产登记资料查询");
        presenter.moveSelection(-2);
        assertThat(presenter.selectedEntry().name()).isEqualTo("不动产转移登记");
        presenter.moveSelection(-10);
        assertThat(presenter.selectedEntry().name()).isEqualTo("不动产抵押登记");
    }

    @Test
    void clearing_the_filter_shows_everything_and_keeps_the_choice() {
        presenter.setFilter("bdc");
        presenter.moveSelection(1);

        presenter.clearFilter();

        assertThat(presenter.filter()).isEmpty();
        assertThat(presenter.visibleEntries()).hasSize(50);
        assertThat(presenter.selectedEntry().name()).isEqualTo("不动产转移登记");
    }

    @Test
    void a_bundle_is_received_as_one_application_with_the_applicant_and_the_form_empties() {
        List<org.yichuang.core.api.BundleCaseReceipt> bundles = new ArrayList<>();
        presenter.onBundleCreated(bundles::add);
        presenter.setFilter("开办餐饮店");
        assertThat(presenter.selectedEntry().isBundle()).isTrue();
        assertThat(presenter.selectedEntry().members()).extracting(ServiceItemSummary::name)
                .containsExactly("个体工商户登记", "食品经营许可（新办）", "城镇污水排入排水管网许可");
        assertThat(presenter.selectedItem()).isNull();
        assertThat(presenter.canCreate()).isFalse();
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        assertThat(presenter.canCreate()).isTrue();
        assertThat(action.isEnabled()).isTrue();
        assertThat(presenter.canPrintGuide()).isTrue();

        presenter.createCase();

        assertThat(api.received()).isEmpty();
        assertThat(bundles).singleElement().satisfies(r -> {
            assertThat(r.bundleCode()).isEqualTo("BUNDLE-CANYIN");
            assertThat(r.applicantName()).isEqualTo("张三");
            assertThat(r.children()).hasSize(3);
        });
        assertThat(opened).isEmpty();
        assertThat(presenter.applicantName()).isEmpty();
        assertThat(presenter.idNumber()).isEmpty();
    }

    @Test
    void a_bundle_is_sent_with_the_queue_ticket_the_counter_serves_as_a_single_case_is() {
        List<org.yichuang.core.api.BundleCaseReceipt> bundles = new ArrayList<>();
        presenter.onBundleCreated(bundles::add);
        presenter.setTicketSource(() -> 42L);
        presenter.setFilter("开办餐饮店");
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");

        presenter.createCase();

        assertThat(bundles).hasSize(1);
        assertThat(api.receivedBundles()).singleElement()
                .satisfies(b -> assertThat(b.ticketId()).isEqualTo(42L));
    }

    @Test
    void a_legal_person_with_a_bad_credit_code_gets_cores_precise_message_and_ctrl_enter_points_at_it() {
        presenter.party().setKind(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON);
        presenter.setApplicantName("南宁示范科技有限公司");
        presenter.setIdNumber("91450100MA5K");
        assertThat(presenter.idError()).isNull();
        assertThat(presenter.idHint()).isEqualTo("已输入 12 位，共 18 位");

        presenter.setIdNumber("91450100MA5K12347D");

        assertThat(presenter.idError()).isEqualTo("统一社会信用代码第 18 位校验码不正确，请核对。");
        assertThat(presenter.canCreate()).isFalse();
        IntakePresenter.Blocker why = presenter.createOrExplain();
        assertThat(why.field()).isEqualTo(IntakePresenter.Field.ID_NUMBER);
        assertThat(why.message()).isEqualTo("统一社会信用代码第 18 位校验码不正确，请核对。");

        presenter.setIdNumber("91450100MA5K12347C");
        assertThat(presenter.idError()).isNull();
        // the legal representative is the organisation's own field: wanted before the case can be received
        why = presenter.createOrExplain();
        assertThat(why.field()).isEqualTo(IntakePresenter.Field.REPRESENTATIVE);
        assertThat(why.message()).isEqualTo("无法受理：请填写法定代表人姓名。");
        presenter.party().setRepresentative("李四");
        assertThat(presenter.createOrExplain()).isNull();

        assertThat(api.received()).singleElement().satisfies(c -> {
            assertThat(c.applicant().kind()).isEqualTo(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON);
            assertThat(c.applicant().creditCode()).isEqualTo("91450100MA5K12347C");
            assertThat(c.applicant().legalRepresentative()).isEqualTo("李四");
            assertThat(c.applicant().documentNumber()).isNull();
        });
        assertThat(presenter.party().kind()).isEqualTo(org.yichuang.core.person.ApplicantKind.NATURAL_PERSON);
        assertThat(presenter.party().representative()).isEmpty();
    }

    @Test
    void a_legal_representatives_bad_document_number_is_explained_on_its_field_and_a_good_one_goes_with_the_case() {
        presenter.party().setKind(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON);
        presenter.setApplicantName("南宁示范科技有限公司");
        presenter.setIdNumber("91450100MA5K12347C");
        presenter.party().setRepresentative("李四");
        presenter.party().setRepresentativeNumber("110105194912310021");

        // core's message, naming the representative as the server does
        assertThat(presenter.party().representativeError()).isEqualTo("法定代表人的身份证号码校验位不正确，请核对后重新输入。");
        assertThat(presenter.canCreate()).isFalse();
        IntakePresenter.Blocker why = presenter.createOrExplain();
        assertThat(why.field()).isEqualTo(IntakePresenter.Field.REPRESENTATIVE_NUMBER);
        assertThat(why.message()).isEqualTo("法定代表人的身份证号码校验位不正确，请核对后重新输入。");
        // another type checks the same number by that type's rule
        presenter.party().setRepresentativeType(org.yichuang.core.identity.DocumentType.HK_MACAO_PERMIT);
        assertThat(presenter.party().representativeError()).startsWith("法定代表人的港澳居民来往内地通行证号码格式不正确");
        assertThat(api.received()).isEmpty();

        presenter.party().setRepresentativeType(org.yichuang.core.identity.DocumentType.RESIDENT_ID);
        presenter.party().setRepresentativeNumber("１１０１０５１９４９１２３１００２x");
        assertThat(presenter.party().representativeError()).isNull();
        assertThat(presenter.createOrExplain()).isNull();

        assertThat(api.received()).singleElement().satisfies(c -> {
            assertThat(c.applicant().representativeDocumentType())
                    .isEqualTo(org.yichuang.core.identity.DocumentType.RESIDENT_ID);
            assertThat(c.applicant().representativeDocumentNumber()).isEqualTo("11010519491231002X");
        });
        // nothing of the representative stays for the next applicant
        assertThat(presenter.party().representativeNumber()).isEmpty();
        assertThat(presenter.party().representativeType()).isEqualTo(org.yichuang.core.identity.DocumentType.RESIDENT_ID);
    }

    @Test
    void with_a_legal_person_chosen_a_card_read_fills_the_representative_and_keeps_the_organisation() {
        presenter.party().setKind(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON);
        presenter.setApplicantName("南宁示范科技有限公司");
        presenter.setIdNumber("91450100MA5K12347C");
        org.yichuang.client.identity.IdentityCard card = new org.yichuang.client.identity.IdentityCard(
                org.yichuang.core.identity.DocumentType.HMT_RESIDENCE_PERMIT, "810000199408230005", "陈大文", null, "男",
                null, LocalDate.of(1994, 8, 23), "北京市东城区", "北京市公安局", LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1), false, null, org.yichuang.client.identity.CardKind.HMT_RESIDENCE_PERMIT_CARD,
                java.util.Optional.empty());

        assertThat(presenter.fillFromCard(card)).isNull();

        assertThat(presenter.applicantName()).isEqualTo("南宁示范科技有限公司");
        assertThat(presenter.party().representative()).isEqualTo("陈大文");
        assertThat(presenter.party().representativeType())
                .isEqualTo(org.yichuang.core.identity.DocumentType.HMT_RESIDENCE_PERMIT);
        assertThat(presenter.party().representativeNumber()).isEqualTo("810000199408230005");
        assertThat(presenter.cardName()).isEqualTo("陈大文");
        assertThat(presenter.canCreate()).isTrue();

        // a card whose number fails its checksum fills nothing
        presenter.party().clear();
        presenter.party().setKind(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON);
        org.yichuang.client.identity.IdentityCard bad = new org.yichuang.client.identity.IdentityCard(
                org.yichuang.core.identity.DocumentType.RESIDENT_ID, "110105194912310021", "李四", null, "男", "汉",
                LocalDate.of(1949, 12, 31), "北京市", "北京市公安局", LocalDate.of(2015, 1, 1), LocalDate.of(2035, 1, 1),
                false, null, org.yichuang.client.identity.CardKind.RESIDENT_ID_CARD, java.util.Optional.empty());
        assertThat(presenter.fillFromCard(bad)).startsWith("证件号码未通过校验").contains("法定代表人的");
        assertThat(presenter.party().representative()).isEmpty();
    }

    @Test
    void an_agent_half_typed_is_explained_where_it_is_missing_and_a_whole_one_goes_with_the_case() {
        presenter.setFilter("ggcs");
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        presenter.party().setAgentName("王五");
        assertThat(presenter.canCreate()).isFalse();
        IntakePresenter.Blocker why = presenter.createOrExplain();
        assertThat(why.field()).isEqualTo(IntakePresenter.Field.AGENT_NUMBER);
        assertThat(why.message()).isEqualTo("代理人须填写证件号码、联系电话。");

        presenter.party().setAgentNumber("110105198001010032");
        presenter.party().setAgentPhone("1380013800");
        why = presenter.createOrExplain();
        assertThat(why.field()).isEqualTo(IntakePresenter.Field.AGENT_PHONE);
        assertThat(why.message()).startsWith("代理人").contains("电话");

        presenter.party().setAgentPhone("13800138000");
        assertThat(presenter.createOrExplain()).isNull();

        assertThat(api.received()).singleElement().satisfies(c -> assertThat(c.applicant().agent())
                .isEqualTo(new org.yichuang.core.api.AgentInput("王五",
                        org.yichuang.core.identity.DocumentType.RESIDENT_ID, "110105198001010032", "13800138000")));
        assertThat(presenter.party().hasInput()).isFalse();
    }

    @Test
    void bundles_listing_an_item_not_in_force_are_left_out() {
        ServiceBundle broken = new ServiceBundle("BUNDLE-X", "停用事项一件事", "含已停用事项",
                List.of(FakeHallApi.ITEMS.get(0).implementationCode(), "11450128MB1602185R4000104999000"));
        ServiceBundle whole = new ServiceBundle("BUNDLE-Y", "完整一件事", "两个在办事项",
                List.of(FakeHallApi.ITEMS.get(1).implementationCode(), FakeHallApi.ITEMS.get(0).implementationCode()));

        List<CatalogEntry> entries = CatalogEntry.index(FakeHallApi.ITEMS, List.of(broken, whole)).values();

        assertThat(entries).filteredOn(CatalogEntry::isBundle).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("BUNDLE-Y");
            assertThat(e.members()).containsExactly(FakeHallApi.ITEMS.get(1), FakeHallApi.ITEMS.get(0));
        });
    }

    @Test
    void bundles_are_found_by_name_code_and_as_yijianshi() {
        presenter.setFilter("BUNDLE-CHUSHENG");
        assertThat(visibleNames()).first().isEqualTo("出生一件事");
        presenter.setFilter("yjs");
        assertThat(presenter.visibleEntries()).hasSize(5).allMatch(CatalogEntry::isBundle);
        presenter.setFilter("kbcyd");
        assertThat(visibleNames()).containsExactly("开办餐饮店");
    }

    @Test
    void the_guide_cannot_be_printed_while_a_task_runs() {
        assertThat(presenter.canPrintGuide()).isTrue();
        tasks.hold();
        presenter.loadItems();
        assertThat(presenter.canPrintGuide()).isFalse();
        tasks.runNext();
        assertThat(presenter.canPrintGuide()).isTrue();
    }

    @Test
    void a_wrong_check_digit_shows_the_chinese_message_and_keeps_the_action_disabled() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("110105194912310021");

        assertThat(presenter.idError()).isEqualTo("身份证号码校验位不正确，请核对后重新输入。");
        assertThat(action.isEnabled()).isFalse();

        presenter.setIdNumber("11010519491231002X");
        assertThat(presenter.idError()).isNull();
        assertThat(action.isEnabled()).isTrue();
    }

    @Test
    void a_partial_number_is_a_neutral_hint_not_an_error() {
        presenter.setIdNumber("1101051949");

        assertThat(presenter.idError()).isNull();
        assertThat(presenter.idHint()).isEqualTo("已输入 10 位，共 18 位");
        assertThat(presenter.isFormValid()).isFalse();
    }

    @Test
    void a_15_digit_number_is_upgraded_and_shown_upgraded() {
        presenter.setApplicantName("王五");
        presenter.setIdNumber("110105491231002");

        assertThat(presenter.idHint()).contains("11010519491231002X");
        assertThat(presenter.normalizedIdNumber()).isEqualTo("11010519491231002X");
        presenter.normalizeIdNumber();
        assertThat(presenter.idNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void a_name_with_digits_is_refused_and_a_bad_phone_too() {
        presenter.setApplicantName("张3");
        presenter.setPhone("12345");

        assertThat(presenter.nameError()).contains("姓名");
        assertThat(presenter.phoneError()).isEqualTo("联系电话格式不正确：手机号码应为 11 位，现为 5 位。");
    }

    private void fillValidApplicant() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
    }

    /** The server refused local numbers the form used to accept (issue 10): both now ask core's PhoneNumber. */
    @Test
    void a_local_number_without_area_code_is_refused_here_as_the_server_refuses_it() {
        fillValidApplicant();
        presenter.setPhone("6231201");

        assertThat(presenter.phoneError()).contains("须带区号");
        assertThat(presenter.canCreate()).isFalse();
        IntakePresenter.Blocker why = presenter.createOrExplain();
        assertThat(why.field()).isEqualTo(IntakePresenter.Field.PHONE);
        assertThat(why.message()).isEqualTo(presenter.phoneError());
        assertThat(api.received()).isEmpty();
    }

    @Test
    void every_phone_the_form_accepts_is_one_the_core_type_accepts_and_it_is_sent_tidied() {
        String[] phones = {"13800138000", "１３８ ００１３ ８０００", "+86 139-1234-5678", "(0771)6231201",
            "0771 6231201 转 8001", "6231201", "12345", "1380013800", "010-12345678", "0771-623120", ""};
        for (String phone : phones) {
            presenter.setPhone(phone);
            org.yichuang.core.person.PhoneNumber expected;
            try {
                expected = org.yichuang.core.person.PhoneNumber.parseOptional(phone);
            } catch (org.yichuang.core.error.DomainException e) {
                assertThat(presenter.phoneError()).as(phone).isEqualTo(e.getMessage());
                continue;
            }
            assertThat(presenter.phoneError()).as(phone).isNull();
            if (expected != null) {
                fillValidApplicant();
                int before = api.received().size();
                presenter.createCase();
                assertThat(api.received()).as(phone).hasSize(before + 1);
                assertThat(api.received().get(before).applicant().phone()).as(phone).isEqualTo(expected.value());
            }
        }
    }

    @Test
    void a_full_width_id_number_with_a_full_width_x_is_accepted_and_sent_in_ascii() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("１１０１０５ １９４９１２３１ ００２ｘ");

        assertThat(presenter.idError()).isNull();
        assertThat(presenter.normalizedIdNumber()).isEqualTo("11010519491231002X");

        presenter.setIdNumber("１１０１０５１９");
        assertThat(presenter.idHint()).isEqualTo("已输入 8 位，共 18 位");
    }

    @Test
    void remarks_count_characters_like_the_server_so_500_rare_characters_are_sent_and_501_are_not() {
        fillValidApplicant();
        presenter.setRemarks("𠀀".repeat(500));
        assertThat(presenter.canCreate()).isTrue();
        presenter.createCase();
        assertThat(api.received()).singleElement()
                .satisfies(r -> assertThat(r.remarks()).isEqualTo("𠀀".repeat(500)));

        fillValidApplicant();
        presenter.setRemarks("字".repeat(501));
        assertThat(presenter.canCreate()).isFalse();
        assertThat(presenter.createOrExplain()).isEqualTo(new IntakePresenter.Blocker(IntakePresenter.Field.REMARKS,
                "无法受理：备注不能超过 500 字。"));
    }

    @Test
    void remarks_with_a_control_character_cannot_be_sent_and_say_why() {
        fillValidApplicant();
        presenter.setRemarks("备注\u0000尾");

        IntakePresenter.Blocker why = presenter.createOrExplain();
        assertThat(why.field()).isEqualTo(IntakePresenter.Field.REMARKS);
        assertThat(why.message()).contains("控制字符");
        assertThat(api.received()).isEmpty();
    }

    @Test
    void creating_opens_the_receipt_and_clears_the_form_for_the_next_applicant() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        presenter.setPhone("13800138000");

        action.actionPerformed(null);

        assertThat(opened).singleElement().satisfies(r ->
                assertThat(r.caseNo()).matches("\\Q" + item("住房公积金单位缴存登记").implementationCode() + "\\E\\d{8}\\d{4}"));
        assertThat(presenter.lastReceipt()).isEqualTo(opened.get(0));
        assertThat(presenter.applicantName()).isEmpty();
        assertThat(presenter.idNumber()).isEmpty();
        assertThat(action.isEnabled()).isFalse();
        assertThat(api.received().get(0).applicant().phone()).isEqualTo("13800138000");
    }

    @Test
    void a_retry_of_the_same_content_keeps_the_idempotency_key_and_new_content_gets_a_new_one() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        presenter.createCase();
        assertThat(tasks.centralFailures()).hasSize(1);
        assertThat(opened).isEmpty();

        presenter.createCase();

        assertThat(opened).hasSize(1);
        assertThat(api.received()).extracting(r -> r.idempotencyKey()).containsExactly("key-1");

        presenter.setApplicantName("李四");
        presenter.setIdNumber("440524188001010014");
        presenter.createCase();
        assertThat(api.received()).extracting(r -> r.idempotencyKey()).containsExactly("key-1", "key-2");
    }

    @Test
    void a_changed_form_after_a_failure_gets_a_fresh_key() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        presenter.createCase();

        presenter.setApplicantName("张三丰");
        presenter.createCase();

        assertThat(api.received()).extracting(r -> r.idempotencyKey()).containsExactly("key-2");
    }

    @Test
    void other_work_of_the_client_in_flight_does_not_disable_creating_nor_say_submitting() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        tasks.hold();
        tasks.submit(() -> "the case list's refresh", r -> { });

        assertThat(presenter.isBusy()).isFalse();
        assertThat(action.isEnabled()).isTrue();
        presenter.createCase();
        assertThat(presenter.isBusy()).isTrue();
        assertThat(action.isEnabled()).isFalse();
        tasks.runNext();   // the refresh ends: the creation still runs
        assertThat(presenter.isBusy()).isTrue();
        tasks.runNext();
        assertThat(presenter.isBusy()).isFalse();
        assertThat(api.received()).hasSize(1);
    }

    @Test
    void while_creating_the_action_is_disabled_and_properties_fire_only_on_change() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        tasks.hold();
        presenter.createCase();
        assertThat(presenter.isBusy()).isTrue();
        assertThat(action.isEnabled()).isFalse();
        tasks.runNext();
        assertThat(action.isEnabled()).isFalse();   // the form was cleared

        fired.clear();
        presenter.setFilter("");
        presenter.setApplicantName("");
        assertThat(fired).isEmpty();
    }
}
