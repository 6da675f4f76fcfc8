package org.yichuang.server.cases.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewBundleCase;
import org.yichuang.core.bundle.BundleChecklist;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * 一件事 applications through the API on the demo hall and catalog, real PostgreSQL (issue 10 item 7). The clock
 * starts on Friday 2026-02-13 in the hall: Saturdays 02-14 and 02-28 are 调休 working days, 02-15 … 02-23 are off.
 */
class BundleCaseApiTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Instant FRIDAY_10 = LocalDateTime.of(2026, 2, 13, 10, 0).atZone(HALL).toInstant();
    private static final String FOOD = "11450128MB160475444000101013001";      // 食品经营许可 (10 / 5 WD)
    private static final String SEWAGE = "11450128MB1604260C4000101113000";    // 城镇污水排入排水管网许可 (15 / 3 WD)
    private static final String STALL = "11450128MB160475444000101012001";     // 个体工商户登记 (3 / 0 WD, 即办件)

    private final MutableClock clock = new MutableClock(FRIDAY_10);
    private TestServer server;
    private ApiClient api;
    private String window;
    private String admin;
    private CatalogDocument demo;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions SET effective_from = '2024-01-01'"));
        api = new ApiClient(server.baseUrl());
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        demo = server.demoCatalog();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static NewBundleCase application(String key, String bundleCode) {
        return new NewBundleCase(key, bundleCode, new ApplicantInput("张三", "11010519491231002X", "13800138000"),
                null);
    }

    private JsonNode receive(String bundleCode) {
        Response r = api.postJson("/api/bundle-cases", window, application(UUID.randomUUID().toString(), bundleCode));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private void saveBundle(ServiceBundle bundle) {
        Response r = api.putJson("/api/bundles/" + bundle.code(), admin, bundle);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static List<String> dueDates(JsonNode receipt) {
        List<String> out = new ArrayList<>();
        receipt.path("children").forEach(c -> out.add(c.path("dueDate").asText()));
        return out;
    }

    private long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private String state() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT (SELECT count(*) FROM cases) || ':' "
                + "|| (SELECT count(*) FROM case_transitions) || ':' || (SELECT count(*) FROM case_materials) || ':' "
                + "|| (SELECT coalesce(string_agg(case_no || state, ','), '') FROM cases)").mapTo(String.class).one());
    }

    @Test
    void a_parallel_application_is_a_parent_with_one_child_per_member_each_from_receipt() {
        JsonNode receipt = receive("BUNDLE-CANYIN");

        assertThat(receipt.path("parentCaseNo").asText()).isEqualTo("YJS2026021300001");
        assertThat(receipt.path("runMode").asText()).isEqualTo("PARALLEL");
        JsonNode children = receipt.path("children");
        assertThat(children).hasSize(3);
        assertThat(children.get(0).path("caseNo").asText()).isEqualTo(STALL + "202602130001");
        assertThat(children.get(1).path("department").asText()).isEqualTo("示范县市场监督管理局");
        assertThat(children.get(2).path("department").asText()).isEqualTo("示范县住房和城乡建设局");
        // 即办件 on the day; 5 and 3 working days counting the 调休 Saturday 02-14 and skipping 春节
        assertThat(dueDates(receipt)).containsExactly("2026-02-13", "2026-02-27", "2026-02-25");
        assertThat(receipt.path("dueDate").asText()).isEqualTo("2026-02-27");
        assertThat(receipt.path("applicantIdNumberMasked").asText()).doesNotContain("19491231");
        List<Map<String, Object>> rows = server.jdbi().withHandle(h -> h.createQuery("SELECT case_no, department, "
                + "parent_case_id IS NULL AS parent, supplement_notice_due_at IS NULL AS no_notice, state FROM cases "
                + "ORDER BY id").mapToMap().list());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsEntry("parent", true).containsEntry("no_notice", true)
                .containsEntry("department", "示范县市场监督管理局、示范县住房和城乡建设局");
        assertThat(rows.subList(1, 4)).allSatisfy(r -> assertThat(r).containsEntry("parent", false)
                .containsEntry("no_notice", false).containsEntry("state", "RECEIVED"));
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BUNDLE_CASE_CREATED'")).isEqualTo(4);

        JsonNode view = api.get("/api/bundle-cases/" + children.get(1).path("caseNo").asText(), window).json();
        assertThat(view.path("parentCaseNo").asText()).isEqualTo("YJS2026021300001");
        assertThat(view.path("state").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void a_sequential_child_starts_when_the_previous_one_is_due() {
        saveBundle(new ServiceBundle("BUNDLE-T-SEQ", "串联测试", null, List.of(FOOD, SEWAGE),
                BundleRunMode.SEQUENTIAL, null));

        JsonNode receipt = receive("BUNDLE-T-SEQ");

        // food: 02-14 (调休), 02-24 … 02-27; sewage from 02-27: 02-28 (调休 Saturday), 03-02, 03-03
        assertThat(dueDates(receipt)).containsExactly("2026-02-27", "2026-03-03");
        assertThat(receipt.path("children").get(1).path("plannedStart").asText())
                .isEqualTo(LocalDateTime.of(2026, 2, 27, 23, 59).atZone(HALL).toInstant().toString());
        assertThat(receipt.path("dueDate").asText()).isEqualTo("2026-03-03");
    }

    @Test
    void the_bundles_own_half_day_binds_every_child_and_runs_into_the_tiaoxiu_saturday() {
        clock.advance(java.time.Duration.ofHours(6));   // 16:00: 90 office minutes left on Friday

        JsonNode receipt = receive("BUNDLE-QIYEKAIBAN");

        assertThat(receipt.path("bundleLimit").path("value").asInt()).isEqualTo(4);
        assertThat(receipt.path("children")).hasSize(5);
        String due = LocalDateTime.of(2026, 2, 14, 11, 30).atZone(HALL).toInstant().toString();
        receipt.path("children").forEach(c -> {
            assertThat(c.path("dueAt").asText()).isEqualTo(due);
            assertThat(c.path("limit").path("unit").asText()).isEqualTo("HOURS");
        });
        assertThat(receipt.path("dueAt").asText()).isEqualTo(due);
        assertThat(count("SELECT count(*) FROM cases WHERE bundle_limit_value = 4 AND bundle_limit_unit = 'HOURS'"))
                .isEqualTo(6);
    }

    @Test
    void a_replay_creates_nothing_new_and_other_content_under_the_same_key_is_refused() {
        String key = UUID.randomUUID().toString();
        Response first = api.postJson("/api/bundle-cases", window, application(key, "BUNDLE-CANYIN"));
        String before = state();

        Response again = api.postJson("/api/bundle-cases", window, application(key, "BUNDLE-CANYIN"));
        Response other = api.postJson("/api/bundle-cases", window, application(key, "BUNDLE-MEIRONG"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(state()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BUNDLE_CASE_REPEATED'")).isEqualTo(1);
    }

    @Test
    void bad_applications_get_stable_codes_and_store_nothing() {
        String before = state();
        Response unknown = api.postJson("/api/bundle-cases", window, application("k1", "BUNDLE-NONE"));
        Response blank = api.postJson("/api/bundle-cases", window, application("k2", " "));
        Response badId = api.postJson("/api/bundle-cases", window, new NewBundleCase("k3", "BUNDLE-CANYIN",
                new ApplicantInput("张三", "110105194912310021", null), null));
        Response noKey = api.postJson("/api/bundle-cases", window, application(null, "BUNDLE-CANYIN"));
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions v SET effective_from = '2030-01-01' "
                + "FROM service_items i WHERE i.id = v.item_id AND i.implementation_code = ?", SEWAGE));
        Response withdrawn = api.postJson("/api/bundle-cases", window, application("k4", "BUNDLE-CANYIN"));
        Response backOffice = api.postJson("/api/bundle-cases", api.signIn(server.username(Role.BACK_OFFICE),
                server.password(Role.BACK_OFFICE), null), application("k5", "BUNDLE-MEIRONG"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("BUNDLE_CASE_BUNDLE_UNKNOWN");
        assertThat(blank.json().path("code").asText()).isEqualTo("FIELD_REQUIRED");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(noKey.json().path("code").asText()).isEqualTo("FIELD_REQUIRED");
        assertThat(withdrawn.status()).isEqualTo(409);
        assertThat(withdrawn.json().path("code").asText()).isEqualTo("BUNDLE_CASE_MEMBER_NOT_IN_FORCE");
        assertThat(withdrawn.json().path("message").asText()).contains(SEWAGE);
        assertThat(backOffice.status()).isEqualTo(403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_child_that_cannot_be_stored_takes_the_parent_and_the_other_children_with_it() {
        // the second member's daily numbers are used up: its insert fails after the parent and the first child
        server.jdbi().useHandle(h -> h.execute("INSERT INTO case_sequences (item_id, day, last_value) "
                + "SELECT id, DATE '2026-02-13', 9999 FROM service_items WHERE implementation_code = ?", FOOD));
        String before = state();

        Response r = api.postJson("/api/bundle-cases", window, application("k-atomic", "BUNDLE-CANYIN"));

        assertThat(r.status()).isEqualTo(500);
        assertThat(state()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM idempotency_keys WHERE key = 'k-atomic'")).isZero();
        assertThat(count("SELECT count(*) FROM bundle_case_sequences")).isZero();
    }

    @Test
    void a_bundle_limit_longer_than_a_members_statutory_limit_is_refused_at_save_and_at_import() {
        ServiceBundle tooLong = new ServiceBundle("BUNDLE-T-LONG", "超时一件事", null, List.of(STALL, FOOD),
                BundleRunMode.PARALLEL, TimeLimit.workingDays(4));

        Response saved = api.putJson("/api/bundles/BUNDLE-T-LONG", admin, tooLong);
        // the import names only catalog items: the file's own check cannot see their limits
        Response imported = api.postBytes("/api/catalog/import", admin, "application/json",
                ("{\"formatVersion\":1,\"title\":\"t\",\"items\":[],\"bundles\":[{\"code\":\"BUNDLE-T-LONG\","
                        + "\"name\":\"超时一件事\",\"itemCodes\":[\"" + STALL + "\",\"" + FOOD + "\"],"
                        + "\"runMode\":\"PARALLEL\",\"promisedLimit\":{\"value\":4,\"unit\":\"WORKING_DAYS\"}}]}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(saved.status()).isEqualTo(400);
        assertThat(saved.json().path("code").asText()).isEqualTo("BUNDLE_LIMIT_EXCEEDS_STATUTORY");
        assertThat(saved.json().path("message").asText()).contains("个体工商户登记", "3个工作日");
        assertThat(imported.status()).as(imported.body()).isEqualTo(422);
        assertThat(imported.json().path("problems").get(0).path("code").asText())
                .isEqualTo("BUNDLE_LIMIT_EXCEEDS_STATUTORY");
        assertThat(imported.json().path("problems").get(0).path("field").asText())
                .isEqualTo("bundles[0].promisedLimit");
        assertThat(api.get("/api/bundles", admin).json()).hasSize(5);
        saveBundle(tooLong.withSchedule(BundleRunMode.SEQUENTIAL, TimeLimit.workingDays(3)));
        assertThat(api.get("/api/bundles", admin).json().findValuesAsText("runMode")).contains("SEQUENTIAL");
    }

    // --- intake of an application ---

    private List<ServiceItem> members(String... codes) {
        List<ServiceItem> out = new ArrayList<>();
        for (String code : codes) {
            out.add(demo.items().stream().filter(i -> i.implementationCode().equals(code)).findFirst().orElseThrow());
        }
        return out;
    }

    /** The merged checklist with everything in: shared data fetched, conditional materials not applicable. */
    private static List<MaterialCheck> allIn(List<ServiceItem> members, String missing) {
        List<MaterialCheck> out = new ArrayList<>();
        for (MergedMaterial m : BundleChecklist.merged(members)) {
            String name = m.material().name();
            out.add(name.equals(missing) ? MaterialCheck.missing(name)
                    : m.material().source() == MaterialSource.SHARED ? MaterialCheck.shared(name)
                    : m.material().required() ? MaterialCheck.received(name, 1, 1, 2)
                    : MaterialCheck.notApplicable(name));
        }
        return out;
    }

    private Response intake(String parentNo, IntakeRequest request) {
        return api.postJson("/api/cases/" + parentNo + "/intake", window,
                IntakeSubmission.of(UUID.randomUUID().toString(), request));
    }

    @Test
    void one_accepted_checklist_accepts_every_child_and_a_bundle_limit_binds_their_promised_due_dates() {
        saveBundle(new ServiceBundle("BUNDLE-T-LIMIT", "两日一件事", null, List.of(FOOD, SEWAGE),
                BundleRunMode.PARALLEL, TimeLimit.workingDays(2)));
        String parent = receive("BUNDLE-T-LIMIT").path("parentCaseNo").asText();
        List<MaterialCheck> checklist = allIn(members(FOOD, SEWAGE), null);

        Response r = intake(parent, IntakeRequest.of(IntakeOutcome.ACCEPT, checklist));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(r.json().path("children").findValuesAsText("state")).containsOnly("ACCEPTED");
        // 申请人身份证明 and 营业执照 were ticked once and serve both children
        assertThat(count("SELECT count(*) FROM case_materials WHERE name = '申请人身份证明'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM case_materials")).isEqualTo(members(FOOD).get(0).materials().size()
                + members(SEWAGE).get(0).materials().size());
        List<Map<String, Object>> dues = server.jdbi().withHandle(h -> h.createQuery("SELECT "
                + "(promised_due_at AT TIME ZONE 'Asia/Shanghai')::date::text AS promised, "
                + "(legal_due_at AT TIME ZONE 'Asia/Shanghai')::date::text AS legal FROM cases "
                + "JOIN case_clocks ON case_id = id WHERE parent_case_id IS NOT NULL ORDER BY bundle_position").mapToMap().list());
        // the bundle's 2 working days (02-14 调休, 02-24) for both; the statutory dates stay the items' own
        assertThat(dues).extracting(m -> m.get("promised")).containsOnly("2026-02-25");
        assertThat(dues.get(0).get("legal")).isNotEqualTo(dues.get(1).get("legal"));
    }

    @Test
    void a_missing_material_asks_only_its_members_for_it_and_accepts_the_complete_ones() {
        configureRemedies();
        String parent = receive("BUNDLE-CANYIN").path("parentCaseNo").asText();
        List<MaterialCheck> checklist = allIn(members(STALL, FOOD, SEWAGE), "食品安全规章制度目录清单");

        Response r = intake(parent, new IntakeRequest(IntakeOutcome.NEEDS_SUPPLEMENT, checklist, false, false,
                "缺少食品安全规章制度目录清单", null, null, java.time.LocalDate.of(2026, 3, 2), null));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("children").findValuesAsText("state"))
                .containsExactly("ACCEPTED", "NEEDS_SUPPLEMENT", "ACCEPTED");
        assertThat(r.json().path("state").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        // the parent's stored state follows its children: the case list and its lifecycle view show it
        Response lifecycle = api.get("/api/cases/" + parent + "/lifecycle", window);
        assertThat(lifecycle.status()).as(lifecycle.body()).isEqualTo(200);
        assertThat(lifecycle.json().path("state").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        Response list = api.get("/api/cases?state=NEEDS_SUPPLEMENT", window);
        assertThat(list.body()).contains(parent);
    }

    private void configureRemedies() {
        server.jdbi().useHandle(h -> h.execute(
                "UPDATE halls SET reconsideration_body = '示范县人民政府', court = '示范县人民法院'"));
    }

    @Test
    void a_wrong_merged_checklist_or_a_child_refusing_the_outcome_changes_nothing() {
        String parent = receive("BUNDLE-CANYIN").path("parentCaseNo").asText();
        List<ServiceItem> members = members(STALL, FOOD, SEWAGE);
        String before = state();

        List<MaterialCheck> shortList = new ArrayList<>(allIn(members, null));
        shortList.remove(0);
        Response missingLine = intake(parent, IntakeRequest.of(IntakeOutcome.ACCEPT, shortList));
        // 个体工商户登记 allows no 容缺: the whole application is refused, naming it
        Response deferred = intake(parent, new IntakeRequest(IntakeOutcome.ACCEPT_DEFERRED,
                allIn(members, "经营场所使用证明"), true, false, null, null, null,
                java.time.LocalDate.of(2026, 2, 24), null));
        Response onParent = api.postJson("/api/cases/" + parent + "/transitions", window,
                CaseTransitionRequest.of(CaseAction.ACCEPT, UUID.randomUUID().toString()));

        assertThat(missingLine.status()).isEqualTo(400);
        assertThat(missingLine.json().path("code").asText()).isEqualTo("BUNDLE_INTAKE_CHECKLIST_MISMATCH");
        assertThat(missingLine.json().path("message").asText()).contains("申请人身份证明");
        assertThat(deferred.status()).isEqualTo(400);
        assertThat(deferred.json().path("message").asText()).startsWith("“个体工商户登记”");
        assertThat(onParent.status()).isEqualTo(409);
        assertThat(onParent.json().path("code").asText()).isEqualTo("BUNDLE_PARENT_NO_TRANSITION");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void the_same_application_intake_again_replays_and_a_single_cases_intake_still_works() {
        String parent = receive("BUNDLE-CANYIN").path("parentCaseNo").asText();
        IntakeSubmission s = IntakeSubmission.of(UUID.randomUUID().toString(),
                IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(members(STALL, FOOD, SEWAGE), null)));
        Response first = api.postJson("/api/cases/" + parent + "/intake", window, s);
        String after = state();

        Response again = api.postJson("/api/cases/" + parent + "/intake", window, s);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("children").findValuesAsText("state")).containsOnly("ACCEPTED");
        assertThat(state()).isEqualTo(after);
    }

    @Test
    void a_calendar_change_recomputes_a_childs_promised_date_with_the_bundle_limit() {
        clock.advance(java.time.Duration.between(FRIDAY_10,
                LocalDateTime.of(2026, 9, 30, 10, 0).atZone(HALL).toInstant()));
        // months later: new sessions
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        saveBundle(new ServiceBundle("BUNDLE-T-LIMIT", "两日一件事", null, List.of(FOOD, SEWAGE),
                BundleRunMode.PARALLEL, TimeLimit.workingDays(2)));
        String parent = receive("BUNDLE-T-LIMIT").path("parentCaseNo").asText();
        assertThat(intake(parent, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(members(FOOD, SEWAGE), null)))
                .status()).isEqualTo(200);
        // 2 working days after 国庆: 10-08, 10-09, ending at 24:00
        assertThat(promisedDays()).containsOnly("2026-10-10");

        // 10-09 becomes a holiday and the make-up Saturday 10-10 goes
        String csv = org.yichuang.core.calendar.CalendarCsv.format(org.yichuang.core.calendar.CalendarSchedule.of(
                org.yichuang.server.calendar.CalendarService.shipped().entriesOf(2026)));
        String changed = String.join("\n", csv.lines().filter(l -> !l.startsWith("2026-10-10,")).toList())
                + "\n2026-10-09,off,国庆节\n";
        Response imported = api.postJson("/api/calendar/import", admin,
                Map.of("csv", changed, "source", "测试", "confirm", true));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        // the bundle's 2 days: 10-08, 10-12 (the items' own 5 days would end on 10-15)
        assertThat(promisedDays()).containsOnly("2026-10-13");
    }

    private List<String> promisedDays() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT (promised_due_at AT TIME ZONE 'Asia/Shanghai')"
                + "::date::text FROM cases JOIN case_clocks ON case_id = id WHERE parent_case_id IS NOT NULL").mapTo(String.class).list());
    }

    // issue 10: the client's 一件事 intake

    private Response options(String parentNo, List<MaterialCheck> checklist) {
        return api.postJson("/api/cases/" + parentNo + "/intake/options", window, new IntakeSubmission(null, null,
                null, checklist, false, false, null, null, null, null, null));
    }

    @Test
    void a_parents_options_answer_the_merged_list_and_offer_an_outcome_only_when_every_child_may_have_its_share() {
        String parent = receive("BUNDLE-CANYIN").path("parentCaseNo").asText();
        List<ServiceItem> members = members(STALL, FOOD, SEWAGE);

        Response blank = options(parent, List.of());
        assertThat(blank.status()).as(blank.body()).isEqualTo(200);
        assertThat(blank.json().path("checklist").findValuesAsText("name")).containsExactlyElementsOf(
                BundleChecklist.merged(members).stream().map(m -> m.material().name()).toList());
        // nothing ticked yet: only what needs no checklist (the refusals)
        blank.json().path("offered").forEach(o -> assertThat(IntakeOutcome.valueOf(o.asText()).refusal()).isTrue());

        Response all = options(parent, allIn(members, null));
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        List<String> offered = new ArrayList<>();
        all.json().path("offered").forEach(o -> offered.add(o.asText()));
        assertThat(offered).as(all.body()).contains("ACCEPT").doesNotContain("NEEDS_SUPPLEMENT");

        // one member's material missing: 受理 is not lawful and the reason names the member and the material
        Response one = options(parent, allIn(members, "食品安全规章制度目录清单"));
        List<String> now = new ArrayList<>();
        one.json().path("offered").forEach(o -> now.add(o.asText()));
        assertThat(now).contains("NEEDS_SUPPLEMENT").doesNotContain("ACCEPT");
        JsonNode why = null;
        for (JsonNode r : one.json().path("refused")) {
            if (r.path("outcome").asText().equals("ACCEPT")) {
                why = r;
            }
        }
        assertThat(why).isNotNull();
        assertThat(why.path("code").asText()).isEqualTo("INTAKE_MATERIAL_MISSING");
        assertThat(why.path("message").asText()).startsWith("“食品经营许可（新办）”：").contains("食品安全规章制度目录清单");
    }

    @Test
    void with_an_agent_the_merged_list_asks_for_the_authorisation_once_and_the_application_is_accepted_with_it() {
        NewBundleCase withAgent = new NewBundleCase(UUID.randomUUID().toString(), "BUNDLE-MEIRONG",
                ApplicantInput.naturalPerson("张三", org.yichuang.core.identity.DocumentType.RESIDENT_ID,
                        "11010519491231002X", null, new org.yichuang.core.api.AgentInput("李四",
                                org.yichuang.core.identity.DocumentType.RESIDENT_ID, "110105198001010032",
                                "13800138000")), null);
        Response created = api.postJson("/api/bundle-cases", window, withAgent);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String parent = created.json().path("parentCaseNo").asText();
        List<ServiceItem> members = BundleChecklist.asChecked(members(STALL,
                "11450128MB1602185R4000104002000"), true);

        Response blank = options(parent, List.of());
        List<String> names = blank.json().path("checklist").findValuesAsText("name");
        assertThat(names.stream().filter(n -> n.contains("授权委托书")).count()).as(names.toString()).isEqualTo(1);
        assertThat(blank.json().path("checklist").findValuesAsText("name")).containsExactlyElementsOf(
                BundleChecklist.merged(members).stream().map(m -> m.material().name()).toList());

        // without it: not lawful, said with the rule's own code
        String authorisation = names.stream().filter(n -> n.contains("授权委托书")).findFirst().orElseThrow();
        Response without = intake(parent, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(members, authorisation)));
        assertThat(without.status()).as(without.body()).isEqualTo(400);
        assertThat(without.json().path("code").asText()).isEqualTo("INTAKE_AGENT_AUTHORISATION_MISSING");

        Response with = intake(parent, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(members, null)));
        assertThat(with.status()).as(with.body()).isEqualTo(200);
        assertThat(with.json().path("children").findValuesAsText("state")).containsOnly("ACCEPTED");
        assertThat(count("SELECT count(*) FROM case_materials WHERE name LIKE '授权委托书%' AND status = 'RECEIVED'"))
                .isEqualTo(2);
    }
}
