package org.yichuang.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemBuilder;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.staff.Role;
import org.yichuang.core.supervision.AlertLevel;

/**
 * The behaviour every {@link HallApi} shares: the client's in-memory fake and the HTTP client talking to the
 * real server both extend this class, so the fake cannot drift from the server.
 */
public abstract class HallApiContract {

    /** A window clerk's credentials and counter, known to the implementation under test. */
    public record Clerk(String username, String password, int counterNo) {
    }

    /** Returns a new, signed-out API for each test. */
    protected abstract HallApi newApi();

    /** Returns a window clerk (窗口人员) who may sign in at a registered counter. */
    protected abstract Clerk windowClerk();

    /** Returns the implementation code of an item the implementation lists. */
    protected abstract String anyItemCode();

    /** Returns an administrator (管理员), who signs in without a counter. */
    protected abstract Clerk administrator();

    /**
     * Accepts a received case of {@link #anyItemCode()} at intake with its whole checklist, as the counter's intake
     * screen does (issue 10: 受理 is no bare transition any more). A hook until the HallApi's own intake methods (the
     * intake screen's work) are in the contract.
     */
    protected abstract CaseLifecycleView acceptAtIntake(String caseNo);

    private HallApi api;

    @BeforeEach
    void newApiPerTest() {
        api = newApi();
    }

    private SessionInfo signInAsClerk() {
        Clerk clerk = windowClerk();
        return api.signIn(new SignInRequest(clerk.username(), clerk.password(), clerk.counterNo()));
    }

    private void signInAsAdministrator() {
        api.signIn(new SignInRequest(administrator().username(), administrator().password(), null));
    }

    /** A valid item under a base code no other test uses, so tests may share one server. */
    private static ServiceItem newItem(String name) {
        String base = "0001" + ThreadLocalRandom.current().nextInt(50_000, 100_000) + "000";
        return new ServiceItemBuilder().codes(ServiceItemBuilder.HEALTH_BUREAU + "4" + base, base).name(name).build();
    }

    private static ServiceItem renamed(ServiceItem item, String name) {
        return new ServiceItem(item.baseCode(), item.implementationCode(), name, item.itemType(), item.department(),
                item.departmentCreditCode(), item.legalBasis(), item.statutoryLimit(), item.promisedLimit(),
                item.caseKind(), item.conditions(), item.processSteps(), item.fee(), item.serviceObjects(),
                item.channels(), item.visits(), item.specialProcedures(), item.resultName(), item.deliveryOptions(),
                item.deferralAllowed(), item.contacts(), item.materials(), item.aliases());
    }

    private static NewCase newCase(String itemCode, String name, String idNumber) {
        return new NewCase(UUID.randomUUID().toString(), itemCode, new ApplicantInput(name, idNumber, null), null);
    }

    private static ErrorCode codeOf(Throwable t) {
        return ((ApiException) t).code();
    }

    @Test
    void signIn_returns_the_clerk_with_the_window_role_and_the_counter() {
        SessionInfo session = signInAsClerk();

        assertThat(session.token()).isNotBlank();
        assertThat(session.staff().username()).isEqualTo(windowClerk().username());
        assertThat(session.staff().roles()).contains(Role.WINDOW);
        assertThat(session.counter().number()).isEqualTo(windowClerk().counterNo());
    }

    @Test
    void signIn_with_a_wrong_password_fails_with_AUTH_BAD_CREDENTIALS() {
        Clerk clerk = windowClerk();
        assertThatThrownBy(() -> api.signIn(new SignInRequest(clerk.username(), clerk.password() + "x", clerk.counterNo())))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.AUTH_BAD_CREDENTIALS));
    }

    @Test
    void listItems_before_sign_in_fails_with_AUTH_REQUIRED() {
        assertThatThrownBy(api::listItems)
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.AUTH_REQUIRED));
    }

    @Test
    void listItems_after_sign_in_includes_the_known_item() {
        signInAsClerk();

        assertThat(api.listItems()).extracting(ServiceItemSummary::implementationCode).contains(anyItemCode());
    }

    @Test
    void createCase_numbers_the_case_after_its_item_the_day_and_a_daily_sequence() {
        signInAsClerk();

        CaseReceipt receipt = api.createCase(newCase(anyItemCode(), "张三", "11010519491231002X"));

        assertThat(receipt.caseNo()).matches("\\Q" + anyItemCode() + "\\E\\d{8}\\d{4}");
        assertThat(receipt.itemCode()).isEqualTo(anyItemCode());
        assertThat(receipt.applicantName()).isEqualTo("张三");
        assertThat(receipt.applicantIdNumberMasked()).isEqualTo("1101**********002X");
        assertThat(receipt.counterNo()).isEqualTo(windowClerk().counterNo());
        assertThat(receipt.receivedAt()).isNotNull();
    }

    @Test
    void createCase_twice_with_the_same_idempotency_key_returns_the_same_case() {
        signInAsClerk();
        NewCase request = newCase(anyItemCode(), "李四", "440524188001010014");

        CaseReceipt first = api.createCase(request);
        CaseReceipt again = api.createCase(request);

        assertThat(again.caseNo()).isEqualTo(first.caseNo());
        assertThat(api.createCase(newCase(anyItemCode(), "李四", "440524188001010014")).caseNo())
                .isNotEqualTo(first.caseNo());
    }

    @Test
    void createCase_keeps_names_beyond_the_bmp_and_with_a_middle_dot_exactly() {
        signInAsClerk();

        assertThat(api.createCase(newCase(anyItemCode(), "\uD840\uDC00\uD840\uDC01", "11010519491231002X"))
                .applicantName()).isEqualTo("\uD840\uDC00\uD840\uDC01");
        assertThat(api.createCase(newCase(anyItemCode(), "阿依古丽·买买提", "11010519491231002X"))
                .applicantName()).isEqualTo("阿依古丽·买买提");
    }

    @Test
    void createCase_upgrades_a_15_digit_id_number() {
        signInAsClerk();

        assertThat(api.createCase(newCase(anyItemCode(), "王五", "110105491231002")).applicantIdNumberMasked())
                .isEqualTo("1101**********002X");
    }

    @Test
    void createCase_with_a_wrong_check_digit_fails_with_ID_NUMBER_CHECKSUM() {
        signInAsClerk();

        assertThatThrownBy(() -> api.createCase(newCase(anyItemCode(), "张三", "110105194912310021")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM));
    }

    // issue 11: identity reading
    @Test
    void recordIdentityRead_accepts_every_known_card_kind_and_refuses_others_with_IDENTITY_CARD_KIND_UNKNOWN() {
        signInAsClerk();

        for (String kind : IdentityReadNotice.CARD_KINDS) {
            api.recordIdentityRead(new IdentityReadNotice(kind));
        }
        assertThatThrownBy(() -> api.recordIdentityRead(new IdentityReadNotice("PASSPORT")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.IDENTITY_CARD_KIND_UNKNOWN));
    }

    @Test
    void createCase_for_an_unknown_item_fails_with_ITEM_NOT_FOUND() {
        signInAsClerk();

        assertThatThrownBy(() -> api.createCase(newCase("NO-SUCH-ITEM", "张三", "11010519491231002X")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.ITEM_NOT_FOUND));
    }

    @Test
    void getCase_returns_the_created_case() {
        signInAsClerk();
        CaseReceipt created = api.createCase(newCase(anyItemCode(), "赵六", "11010519491231002X"));

        CaseReceipt read = api.getCase(created.caseNo());

        assertThat(read.caseNo()).isEqualTo(created.caseNo());
        assertThat(read.applicantName()).isEqualTo("赵六");
        assertThat(read.itemName()).isEqualTo(created.itemName());
    }

    @Test
    void getCase_for_an_unknown_number_fails_with_CASE_NOT_FOUND() {
        signInAsClerk();

        assertThatThrownBy(() -> api.getCase("000000000000000000000000000000000000000000"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CASE_NOT_FOUND));
    }

    @Test
    void signOut_ends_the_session() {
        signInAsClerk();

        api.signOut();

        assertThatThrownBy(api::listItems)
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isIn(ErrorCode.AUTH_REQUIRED, ErrorCode.AUTH_TOKEN_INVALID));
    }

    @Test
    void hallInfo_names_the_hall_and_where_the_public_guides_are() {
        signInAsClerk();

        HallInfo hall = api.hallInfo();

        assertThat(hall.hallName()).isNotBlank();
        assertThat(hall.publicBaseUrl()).matches("https?://.+").doesNotEndWith("/");
        assertThat(hall.itemGuideUrl(anyItemCode())).endsWith("/guide/items/" + anyItemCode());
    }

    @Test
    void getItem_returns_the_whole_item_in_force_with_its_version() {
        signInAsClerk();

        VersionedItem item = api.getItem(anyItemCode());

        assertThat(item.item().implementationCode()).isEqualTo(anyItemCode());
        assertThat(item.item().materials()).isNotEmpty();
        assertThat(item.version()).isPositive();
        assertThat(item.inForce()).isTrue();
    }

    @Test
    void getItem_for_an_unknown_code_fails_with_ITEM_NOT_FOUND() {
        signInAsClerk();

        assertThatThrownBy(() -> api.getItem("NO-SUCH-ITEM"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.ITEM_NOT_FOUND));
    }

    @Test
    void listBundles_returns_bundles_whose_items_all_exist() {
        signInAsClerk();

        List<ServiceBundle> bundles = api.listBundles();

        assertThat(bundles).isNotEmpty();
        assertThat(bundles).allSatisfy(b -> assertThat(b.itemCodes())
                .allSatisfy(code -> assertThat(api.getItem(code).item().implementationCode()).isEqualTo(code)));
    }

    @Test
    void a_window_clerk_may_not_change_the_catalog() {
        signInAsClerk();
        ServiceItem item = api.getItem(anyItemCode()).item();

        assertThatThrownBy(() -> api.saveItem(new ItemChange(item, 1, null, true)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> api.exportCatalog(CatalogFormat.JSON))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void saveItem_creates_version_1_then_each_change_adds_a_version() {
        signInAsAdministrator();
        ServiceItem item = newItem("契约测试事项");

        VersionedItem first = api.saveItem(new ItemChange(item, null, null, true));
        VersionedItem second = api.saveItem(new ItemChange(renamed(item, "契约测试事项（变更）"), 1, null, true));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.recordedBy()).isEqualTo(administrator().username());
        assertThat(api.getItem(item.implementationCode()).item().name()).isEqualTo("契约测试事项（变更）");
        assertThat(api.itemVersions(item.implementationCode())).extracting(VersionedItem::version)
                .containsExactly(2, 1);
    }

    @Test
    void listCatalog_shows_withdrawn_items_with_their_latest_version() {
        signInAsAdministrator();
        ServiceItem item = newItem("停用测试事项");
        api.saveItem(new ItemChange(item, null, null, true));
        api.saveItem(new ItemChange(item, 1, null, false));

        List<CatalogListing> listings = api.listCatalog();

        assertThat(listings).filteredOn(l -> l.implementationCode().equals(item.implementationCode()))
                .singleElement().satisfies(l -> {
                    assertThat(l.version()).isEqualTo(2);
                    assertThat(l.inForce()).isFalse();
                    assertThat(l.name()).isEqualTo("停用测试事项");
                    assertThat(l.recordedBy()).isEqualTo(administrator().username());
                });
        assertThat(listings).extracting(CatalogListing::implementationCode).contains(anyItemCode());
        assertThat(api.listItems()).extracting(ServiceItemSummary::implementationCode)
                .doesNotContain(item.implementationCode());
    }

    @Test
    void listCatalog_is_for_administrators_only() {
        signInAsClerk();

        assertThatThrownBy(api::listCatalog)
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void saveItem_on_a_stale_version_fails_with_CATALOG_VERSION_CONFLICT() {
        signInAsAdministrator();
        ServiceItem item = newItem("并发修改测试事项");
        api.saveItem(new ItemChange(item, null, null, true));
        api.saveItem(new ItemChange(renamed(item, "并发修改测试事项（甲）"), 1, null, true));

        assertThatThrownBy(() -> api.saveItem(new ItemChange(renamed(item, "并发修改测试事项（乙）"), 1, null, true)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CATALOG_VERSION_CONFLICT));
        assertThat(api.getItem(item.implementationCode()).item().name()).isEqualTo("并发修改测试事项（甲）");
    }

    @Test
    void saveItem_with_a_promised_limit_beyond_the_statutory_one_reports_the_field_and_saves_nothing() {
        signInAsAdministrator();
        ServiceItem fresh = newItem("时限有误的事项");
        ServiceItem tooSlow = new ServiceItemBuilder().codes(fresh.implementationCode(), fresh.baseCode())
                .limits(TimeLimit.workingDays(10), TimeLimit.workingDays(15)).build();

        assertThatThrownBy(() -> api.saveItem(new ItemChange(tooSlow, null, null, true)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CATALOG_RULE_VIOLATED))
                .satisfies(e -> assertThat(((ApiException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("promisedLimit");
                            assertThat(p.code()).isEqualTo(ErrorCode.LIMIT_PROMISED_EXCEEDS_STATUTORY.name());
                        }));
        assertThatThrownBy(() -> api.getItem(tooSlow.implementationCode()))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.ITEM_NOT_FOUND));
    }

    @Test
    void saveItem_keeps_short_names_and_the_counter_list_carries_them() {
        signInAsAdministrator();
        ServiceItem item = newItem("简称测试事项").withAliases(List.of("简测", "测试简称"));

        api.saveItem(new ItemChange(item, null, null, true));

        assertThat(api.getItem(item.implementationCode()).item().aliases()).containsExactly("简测", "测试简称");
        assertThat(api.listItems()).filteredOn(i -> i.implementationCode().equals(item.implementationCode()))
                .singleElement().satisfies(i -> assertThat(i.aliases()).containsExactly("简测", "测试简称"));
    }

    @Test
    void saveItem_with_a_repeated_short_name_reports_it_and_saves_nothing() {
        signInAsAdministrator();
        ServiceItem item = newItem("简称重复的事项").withAliases(List.of("简测", "简测"));

        assertThatThrownBy(() -> api.saveItem(new ItemChange(item, null, null, true)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CATALOG_RULE_VIOLATED))
                .satisfies(e -> assertThat(((ApiException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("aliases[1]");
                    assertThat(p.code()).isEqualTo(ErrorCode.ITEM_ALIAS_INVALID.name());
                }));
        assertThatThrownBy(() -> api.getItem(item.implementationCode()))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.ITEM_NOT_FOUND));
    }

    @Test
    void saveBundle_then_deleteBundle_and_unknown_members_are_refused() {
        signInAsAdministrator();
        String code = "BUNDLE-CONTRACT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        ServiceBundle bundle = new ServiceBundle(code, "契约测试一件事", "测试用", List.of(anyItemCode()));

        assertThatThrownBy(() -> api.saveBundle(new ServiceBundle(code, "坏", "坏", List.of("NO-SUCH-ITEM"))))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.BUNDLE_ITEM_UNKNOWN));
        api.saveBundle(bundle);
        assertThat(api.listBundles()).contains(bundle);

        api.deleteBundle(code);

        assertThat(api.listBundles()).extracting(ServiceBundle::code).doesNotContain(code);
        assertThatThrownBy(() -> api.deleteBundle(code))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.BUNDLE_NOT_FOUND));
    }

    @Test
    void an_exported_catalog_imports_back_without_changing_anything() {
        signInAsAdministrator();
        int listed = api.listItems().size();

        byte[] json = api.exportCatalog(CatalogFormat.JSON);
        ImportResult result = api.importCatalog(json, CatalogFormat.JSON);

        assertThat(result.itemsAdded()).isZero();
        assertThat(result.itemsChanged()).isZero();
        assertThat(result.itemsUnchanged()).isGreaterThanOrEqualTo(listed);
        assertThat(api.listItems()).hasSize(listed);
    }

    @Test
    void an_unreadable_file_is_refused_with_its_problems_and_nothing_changes() {
        signInAsAdministrator();
        List<ServiceItemSummary> before = api.listItems();

        assertThatThrownBy(() -> api.importCatalog("{\"formatVersion\": 1, \"items\": [ oops"
                .getBytes(StandardCharsets.UTF_8), CatalogFormat.JSON))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CATALOG_IMPORT_INVALID))
                .satisfies(e -> assertThat(((ApiException) e).problems()).isNotEmpty());
        assertThat(api.listItems()).isEqualTo(before);
    }

    // --- issue 9: cases, deadlines and 红黄牌 ---

    @Test
    void a_new_case_is_received_not_accepted_and_its_clerk_lists_it_with_every_levels_count() {
        signInAsClerk();
        String caseNo = api.createCase(newCase(anyItemCode(), "张三", "11010519491231002X")).caseNo();

        CaseLifecycleView view = api.caseLifecycle(caseNo);
        assertThat(view.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(view.receivedAt()).isNotNull();
        assertThat(view.acceptedAt()).isNull();
        assertThat(view.promisedDue()).isNull();
        // 受理 and the other outcomes on receipt are made at intake with the checklist (issue 10)
        assertThat(view.availableActions()).extracting(CaseActionOption::action)
                .contains(CaseAction.WITHDRAW).doesNotContain(CaseAction.ACCEPT, CaseAction.START_REVIEW);

        CaseListPage mine = api.listCases(CaseListQuery.of(CaseListQuery.MINE));
        assertThat(mine.rows()).extracting(CaseListRow::caseNo).contains(caseNo);
        assertThat(mine.levelCounts()).containsKeys(AlertLevel.values());
        CaseDeadlineExplanations explained = api.deadlineExplanation(caseNo);
        assertThat(explained.deadlines()).isEmpty();
        assertThat(explained.note()).isNotBlank();
    }

    @Test
    void a_case_list_answers_the_page_and_size_asked_for_and_counts_every_match_on_every_page() {
        signInAsClerk();
        for (int i = 0; i < 3; i++) {
            api.createCase(newCase(anyItemCode(), "张三", "11010519491231002X"));
        }
        CaseListQuery first = new CaseListQuery(CaseListQuery.MINE, null, null, null, null, null, null, 0, 2);

        CaseListPage page0 = api.listCases(first);
        long total = page0.total();
        int last = (int) ((total - 1) / 2);
        CaseListPage lastPage = api.listCases(first.withPage(last));

        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page0.rows()).hasSize(2);
        assertThat(page0.size()).isEqualTo(2);
        assertThat(lastPage.page()).isEqualTo(last);
        assertThat(lastPage.total()).isEqualTo(total);
        assertThat(lastPage.rows()).hasSize((int) (total - 2L * last));
        assertThat(lastPage.rows()).extracting(CaseListRow::caseNo)
                .doesNotContainAnyElementsOf(page0.rows().stream().map(CaseListRow::caseNo).toList());
        assertThat(api.listCases(first.withPage(last + 1)).rows()).isEmpty();
    }

    @Test
    void accepting_fixes_the_due_dates_and_the_same_key_answers_the_same_result() {
        signInAsClerk();
        String caseNo = api.createCase(newCase(anyItemCode(), "张三", "11010519491231002X")).caseNo();

        CaseLifecycleView accepted = acceptAtIntake(caseNo);
        assertThat(accepted.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(accepted.acceptedAt()).isNotNull();
        assertThat(accepted.promisedDue()).isNotNull();
        assertThat(accepted.legalDue()).isNotNull();
        assertThat(accepted.promisedDue().date()).isBeforeOrEqualTo(accepted.legalDue().date());
        assertThat(api.caseLifecycle(caseNo).promisedDue()).isEqualTo(accepted.promisedDue());
        assertThat(api.deadlineExplanation(caseNo).deadlines()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.lines()).isNotEmpty());
        CaseTransitionRequest withdraw = CaseTransitionRequest.of(CaseAction.WITHDRAW, UUID.randomUUID().toString())
                .withReason("申请人撤回申请");
        CaseLifecycleView withdrawn = api.transition(caseNo, withdraw);
        assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(api.transition(caseNo, withdraw)).isEqualTo(withdrawn);
    }

    @Test
    void a_transition_not_allowed_now_is_refused_with_a_stable_code_and_nothing_changes() {
        signInAsClerk();
        String caseNo = api.createCase(newCase(anyItemCode(), "张三", "11010519491231002X")).caseNo();

        assertThatThrownBy(() -> api.transition(caseNo,
                CaseTransitionRequest.of(CaseAction.APPROVE, UUID.randomUUID().toString())))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isIn(ErrorCode.TRANSITION_NOT_ALLOWED,
                        ErrorCode.TRANSITION_ROLE_FORBIDDEN))
                .satisfies(e -> assertThat(e.getMessage()).contains("准予许可"));
        assertThat(api.caseLifecycle(caseNo).state()).isEqualTo(CaseState.RECEIVED);
    }

    @Test
    void a_case_that_does_not_exist_has_no_lifecycle() {
        signInAsClerk();
        assertThatThrownBy(() -> api.caseLifecycle("NO-SUCH-CASE"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CASE_NOT_FOUND));
    }

    // issue 10: applicants

    @Test
    void an_organisation_with_an_agent_is_found_again_by_its_credit_code_and_an_unknown_one_is_not() {
        signInAsClerk();
        AgentInput agent = new AgentInput("陈大文", org.yichuang.core.identity.DocumentType.HK_MACAO_PERMIT,
                "H12345678", "13800138000");
        CaseReceipt receipt = api.createCase(new NewCase(UUID.randomUUID().toString(), anyItemCode(),
                ApplicantInput.organisation(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON, "南宁示范科技有限公司",
                        "91450100ma5k12347c", "李四", null, agent), null));
        assertThat(receipt.applicantName()).isEqualTo("南宁示范科技有限公司");

        ApplicantView found = api.findApplicant(ApplicantLookup.byCreditCode("９１４５０１００MA5K12347C"));

        assertThat(found).isEqualTo(new ApplicantView(org.yichuang.core.person.ApplicantKind.LEGAL_PERSON,
                "南宁示范科技有限公司", null, null, "91450100MA5K12347C", "李四", null));
        // a number no contract test ever registers (the HTTP contract shares one server between tests)
        assertThatThrownBy(() -> api.findApplicant(ApplicantLookup.byDocument(
                org.yichuang.core.identity.DocumentType.PASSPORT, "E99887766")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.APPLICANT_NOT_FOUND));
        assertThatThrownBy(() -> api.findApplicant(ApplicantLookup.byCreditCode("91450100MA5K12347D")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CREDIT_CODE_INVALID));
    }

    @Test
    void an_outcome_decided_on_receipt_is_not_a_bare_transition() {
        signInAsClerk();
        String caseNo = api.createCase(newCase(anyItemCode(), "张三", "11010519491231002X")).caseNo();

        assertThat(api.caseLifecycle(caseNo).availableActions()).extracting(CaseActionOption::action)
                .doesNotContain(CaseAction.ACCEPT, CaseAction.REQUEST_SUPPLEMENT);
        assertThatThrownBy(() -> api.transition(caseNo,
                CaseTransitionRequest.of(CaseAction.ACCEPT, UUID.randomUUID().toString())))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.TRANSITION_REQUIRES_INTAKE));
        assertThat(api.caseLifecycle(caseNo).state()).isEqualTo(CaseState.RECEIVED);
    }

    // issue 10: bundles (一件事)

    @Test
    void createBundleCase_makes_a_parent_and_a_child_per_member_once_per_key() {
        signInAsClerk();
        NewBundleCase request = new NewBundleCase(UUID.randomUUID().toString(), "BUNDLE-MEIRONG",
                new ApplicantInput("张三", "11010519491231002X", null), null);

        BundleCaseReceipt receipt = api.createBundleCase(request);
        BundleCaseReceipt again = api.createBundleCase(request);

        assertThat(receipt.parentCaseNo()).startsWith("YJS");
        assertThat(receipt.bundleName()).isEqualTo("开办美容美发店");
        assertThat(receipt.children()).hasSize(2);
        assertThat(receipt.children()).allSatisfy(c -> {
            assertThat(c.caseNo()).startsWith(c.itemCode());
            assertThat(c.dueAt()).isNotNull();
        });
        assertThat(receipt.applicantIdNumberMasked()).doesNotContain("19491231");
        assertThat(again).isEqualTo(receipt);
        BundleCaseView view = api.bundleCase(receipt.children().get(1).caseNo());
        assertThat(view.parentCaseNo()).isEqualTo(receipt.parentCaseNo());
        assertThat(view.children()).extracting(BundleCaseView.Child::caseNo)
                .containsExactlyElementsOf(receipt.children().stream().map(BundleChildReceipt::caseNo).toList());
        assertThatThrownBy(() -> api.createBundleCase(new NewBundleCase(UUID.randomUUID().toString(),
                "BUNDLE-NO-SUCH", new ApplicantInput("张三", "11010519491231002X", null), null)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.BUNDLE_CASE_BUNDLE_UNKNOWN));
    }

    // issue 12: counter panel (窗口叫号)

    @Test
    void queueSettings_of_a_hall_that_saved_none_are_the_defaults_with_one_general_category() {
        signInAsClerk();

        org.yichuang.core.api.queue.QueueSettingsView view = api.queueSettings();

        assertThat(view.version()).isZero();
        assertThat(view.settings().category("GENERAL")).isPresent();
        assertThat(view.settings().servedBy(windowClerk().counterNo())).isNotEmpty();
    }

    @Test
    void counterQueue_shows_the_clerks_counter_open_with_the_waiting_counts_of_its_categories() {
        signInAsClerk();

        org.yichuang.core.api.queue.CounterQueueView view = api.counterQueue();

        assertThat(view.counterNo()).isEqualTo(windowClerk().counterNo());
        assertThat(view.paused()).isFalse();
        assertThat(view.waiting()).containsKey("GENERAL");
    }

    @Test
    void a_paused_counter_calls_nobody_until_it_resumes() {
        signInAsClerk();

        assertThat(api.pauseCounter(true).paused()).isTrue();
        assertThatThrownBy(api::callNextTicket)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.QUEUE_COUNTER_PAUSED));
        assertThat(api.pauseCounter(false).paused()).isFalse();
        assertThat(api.counterQueue().paused()).isFalse();
    }

    @Test
    void a_step_on_an_unknown_ticket_fails_with_QUEUE_TICKET_NOT_FOUND() {
        signInAsClerk();

        assertThatThrownBy(() -> api.ticketStep(987_654_321L, org.yichuang.core.api.queue.TicketStep.RECALL))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.QUEUE_TICKET_NOT_FOUND));
    }

    // issue 12: daily queue figures

    @Test
    void queueFigures_of_a_day_without_tickets_are_zero_and_a_window_clerk_may_not_read_them() {
        java.time.LocalDate quietDay = java.time.LocalDate.of(2020, 1, 2);
        signInAsAdministrator();

        org.yichuang.core.api.queue.QueueFigures figures = api.queueFigures(quietDay);

        assertThat(figures.day()).isEqualTo(quietDay);
        assertThat(figures.total().called()).isZero();
        assertThat(figures.total().served()).isZero();
        assertThat(figures.total().idleWithQueueMs()).isZero();
        assertThat(figures.counters()).isEmpty();
        assertThat(figures.hours()).isEmpty();
        byte[] workbook = api.exportQueueFigures(quietDay);
        assertThat(workbook).as("an .xlsx is a zip").startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4);

        api.signOut();
        signInAsClerk();
        assertThatThrownBy(() -> api.queueFigures(quietDay))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> api.exportQueueFigures(quietDay))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.FORBIDDEN));
    }
}
