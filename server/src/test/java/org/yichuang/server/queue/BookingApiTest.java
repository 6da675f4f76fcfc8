package org.yichuang.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

/**
 * Kiosk, phone page and bookings (预约) on real PostgreSQL (issue 12 items 2 and 3): every booking rule and each bad
 * input answered with its code and nothing changed.
 */
class BookingApiTest {
    /** Monday 2026-12-07, 10:00 in Beijing; bookable: Tue 12-08 … Fri 12-11 and Mon 12-14 (5 working days). */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");
    private static final ObjectMapper JSON = Json.newObjectMapper();

    private MutableClock clock;
    private TestServer server;
    private ApiClient api;
    private String admin;
    private String counter1;

    @BeforeEach
    void start() {
        clock = new MutableClock(MONDAY_10_00);
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        counter1 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String idBornIn(int year, int serial) {
        String first17 = "110105" + year + "0101" + String.format("%03d", serial);
        return first17 + IdNumber.checkDigit(first17);
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private void offerBooking(int slotCapacity) {
        offerBooking(slotCapacity, null);
    }

    @SuppressWarnings("unchecked")
    private void offerBooking(int slotCapacity, Map<String, Object> cap) {
        JsonNode current = api.get("/api/queue/settings", admin).json();
        Map<String, Object> settings = JSON.convertValue(current.get("settings"), Map.class);
        Map<String, Object> general = (Map<String, Object>) ((List<Object>) settings.get("categories")).get(0);
        general.put("bookingOffered", true);
        general.put("cap", cap);
        Response saved = api.putJson("/api/queue/settings", admin,
                Map.of("expectedVersion", current.get("version").asInt(), "settings", settings));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response capacity = api.putJson("/api/queue/booking-capacities/GENERAL", admin,
                Map.of("slotCapacity", slotCapacity));
        assertThat(capacity.status()).as(capacity.body()).isEqualTo(200);
    }

    private static Map<String, Object> booking(String day, String start, String id) {
        Map<String, Object> b = new HashMap<>();
        b.put("categoryCode", "GENERAL");
        b.put("day", day);
        b.put("startsAt", start);
        b.put("name", "张三");
        b.put("documentType", "RESIDENT_ID");
        b.put("documentNumber", id);
        b.put("phone", "13812345678");
        return b;
    }

    private Response book(Map<String, Object> body) {
        clock.advance(Duration.ofSeconds(3));   // one applicant's pace: the rate limit refills a change every 3 s
        return api.postJson("/public/booking/bookings", null, body);
    }

    private JsonNode booked(Map<String, Object> body) {
        Response r = book(body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void a_booking_holds_a_place_keeps_no_document_number_and_is_audited() {
        offerBooking(2);

        JsonNode b = booked(booking("2026-12-08", "08:30", idBornIn(1990, 1)));
        JsonNode options = api.get("/public/booking/options", null).json();
        Response read = api.get("/public/booking/bookings/" + b.get("token").asText(), null);

        assertThat(b.get("token").asText()).matches("[0-9a-f]{32}");
        assertThat(b.get("status").asText()).isEqualTo("BOOKED");
        assertThat(b.get("endsAt").asText()).isEqualTo("09:30:00");
        assertThat(b.get("cancelUntil").asText()).isEqualTo("2026-12-08T06:30:00");
        assertThat(b.toString()).doesNotContain("张三").doesNotContain("13812345678");
        JsonNode days = options.at("/categories/0/days");
        assertThat(days).extracting(d -> d.get("day").asText())
                .containsExactly("2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-14");
        assertThat(days.get(0).at("/slots/0/free").asInt()).isEqualTo(1);
        assertThat(days.get(0).at("/slots/1/free").asInt()).isEqualTo(2);
        assertThat(read.json().get("categoryName").asText()).isEqualTo("综合受理");
        assertThat(read.body()).doesNotContain("张三");
        assertThat(count("SELECT count(*) FROM bookings WHERE length(person_key) = 32 AND name = '张三'")).isEqualTo(1);
        String everything = server.jdbi().withHandle(h -> h.createQuery("SELECT b::text FROM bookings b")
                .mapTo(String.class).one());
        assertThat(everything).doesNotContain(idBornIn(1990, 1).substring(0, 14));
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BOOKING_CREATED'")).isEqualTo(1);
    }

    @Test
    void a_full_past_far_weekend_or_unknown_slot_and_booking_twice_are_refused_and_change_nothing() {
        Response notOffered = book(booking("2026-12-08", "08:30", idBornIn(1990, 1)));
        offerBooking(1);
        booked(booking("2026-12-08", "08:30", idBornIn(1990, 1)));

        Response full = book(booking("2026-12-08", "08:30", idBornIn(1990, 2)));
        Response twice = book(booking("2026-12-08", "13:00", idBornIn(1990, 1)));
        Response today = book(booking("2026-12-07", "13:00", idBornIn(1990, 3)));
        Response past = book(booking("2026-12-04", "13:00", idBornIn(1990, 3)));
        Response saturday = book(booking("2026-12-12", "08:30", idBornIn(1990, 3)));
        Response tooFar = book(booking("2026-12-15", "08:30", idBornIn(1990, 3)));
        Response noSlot = book(booking("2026-12-09", "08:00", idBornIn(1990, 3)));
        Map<String, Object> badPhone = booking("2026-12-09", "08:30", idBornIn(1990, 3));
        badPhone.put("phone", "1381234");
        Response phone = book(badPhone);
        Map<String, Object> noName = booking("2026-12-09", "08:30", idBornIn(1990, 3));
        noName.put("name", " ");
        Response name = book(noName);
        String valid = idBornIn(1990, 4);
        Response checksum = book(booking("2026-12-09", "08:30",
                valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0')));

        assertThat(notOffered.code()).isEqualTo("BOOKING_NOT_OFFERED");
        assertThat(full.code()).isEqualTo("BOOKING_SLOT_FULL");
        assertThat(full.json().get("message").asText()).contains("已约满");
        assertThat(twice.code()).isEqualTo("BOOKING_ALREADY_BOOKED");
        assertThat(today.code()).isEqualTo("BOOKING_DAY_NOT_OPEN");
        assertThat(today.json().get("message").asText()).contains("2026年12月8日").contains("2026年12月14日");
        assertThat(past.code()).isEqualTo("BOOKING_DAY_NOT_OPEN");
        assertThat(saturday.code()).isEqualTo("BOOKING_DAY_NOT_OPEN");
        assertThat(tooFar.code()).isEqualTo("BOOKING_DAY_NOT_OPEN");
        assertThat(noSlot.code()).isEqualTo("BOOKING_SLOT_NOT_FOUND");
        assertThat(phone.code()).isEqualTo("PHONE_INVALID");
        assertThat(name.code()).isEqualTo("FIELD_REQUIRED");
        assertThat(checksum.code()).isEqualTo("ID_NUMBER_CHECKSUM");
        assertThat(count("SELECT count(*) FROM bookings")).isEqualTo(1);
        assertThat(count("SELECT coalesce(sum(booked), 0)::int FROM booking_slot_fills")).isEqualTo(1);
    }

    @Test
    void a_booking_is_cancelled_up_to_two_hours_before_its_slot_which_frees_the_place() {
        offerBooking(1);
        JsonNode first = booked(booking("2026-12-08", "08:30", idBornIn(1990, 1)));
        JsonNode second = booked(booking("2026-12-08", "09:30", idBornIn(1990, 2)));

        Response cancelled = api.postJson("/public/booking/bookings/" + first.get("token").asText() + "/cancel",
                null, Map.of());
        Response again = api.postJson("/public/booking/bookings/" + first.get("token").asText() + "/cancel",
                null, Map.of());
        JsonNode taken = booked(booking("2026-12-08", "08:30", idBornIn(1990, 3)));
        clock.advance(Duration.ofHours(21).plusMinutes(31));   // Tue 07:31: 09:30 starts in under 2 hours
        Response late = api.postJson("/public/booking/bookings/" + second.get("token").asText() + "/cancel",
                null, Map.of());
        Response unknown = api.postJson("/public/booking/bookings/" + "0".repeat(32) + "/cancel", null, Map.of());

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(again.code()).isEqualTo("BOOKING_STATE");
        assertThat(taken.get("status").asText()).isEqualTo("BOOKED");
        assertThat(late.code()).isEqualTo("BOOKING_CANCEL_TOO_LATE");
        assertThat(late.json().get("message").asText()).contains("07:30");
        assertThat(unknown.code()).isEqualTo("BOOKING_NOT_FOUND");
        assertThat(api.get("/public/booking/bookings/" + second.get("token").asText(), null).json()
                .get("status").asText()).isEqualTo("BOOKED");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BOOKING_CANCELLED'")).isEqualTo(1);
    }

    @Test
    void the_day_close_marks_no_shows_erases_names_and_three_no_shows_take_the_right_to_book() {
        offerBooking(5);
        String id = idBornIn(1990, 1);
        booked(booking("2026-12-08", "08:30", id));
        clock.advance(Duration.ofDays(1));   // Tue 10:00: a booking for Wednesday … is still possible
        api.get("/public/booking/options", null);   // the first queue request of the day closes Monday (nothing)
        clock.advance(Duration.ofDays(1));   // Wed 10:00: Tuesday's queue day has closed
        Response afterOne = book(booking("2026-12-10", "08:30", id));
        // two more missed bookings earlier in the 180 days, of the same person (same key)
        server.jdbi().useHandle(h -> h.execute("INSERT INTO bookings (hall_id, category_code, service_day, starts_at,"
                + " ends_at, person_key, status, booked_at, no_show_at) SELECT hall_id, category_code, d, starts_at,"
                + " ends_at, person_key, 'NO_SHOW', booked_at, booked_at FROM bookings,"
                + " (VALUES (DATE '2026-10-12'), (DATE '2026-11-16')) AS v(d) WHERE service_day = DATE '2026-12-08'"));
        Response banned = book(booking("2026-12-11", "08:30", id));
        Response someoneElse = book(booking("2026-12-11", "08:30", idBornIn(1990, 2)));

        assertThat(count("SELECT count(*) FROM bookings WHERE service_day = DATE '2026-12-08' AND status = 'NO_SHOW'"
                + " AND name IS NULL AND phone IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BOOKING_NO_SHOWS_MARKED'")).isEqualTo(1);
        assertThat(afterOne.status()).as("one no-show does not ban").isEqualTo(201);
        assertThat(banned.code()).isEqualTo("BOOKING_BANNED");
        assertThat(banned.status()).isEqualTo(403);
        assertThat(banned.json().get("message").asText()).contains("2027年3月8日");
        assertThat(someoneElse.status()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM bookings WHERE service_day = DATE '2026-12-11'")).isEqualTo(1);
    }

    @Test
    void a_booking_checked_in_at_the_kiosk_or_reception_becomes_a_priority_ticket_but_not_after_its_slot() {
        offerBooking(5);
        String early = idBornIn(1990, 1);
        String atReception = idBornIn(1990, 2);
        String late = idBornIn(1990, 3);
        booked(booking("2026-12-08", "09:30", early));
        booked(booking("2026-12-08", "09:30", atReception));
        booked(booking("2026-12-08", "08:30", late));
        clock.advance(Duration.ofHours(23).plusMinutes(40));   // Tue 09:40
        api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL"));   // A001, a walk-in
        counter1 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);   // a new work day

        Response kiosk = api.postJson("/kiosk/api/checkin", null,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", early));
        Response twice = api.postJson("/kiosk/api/checkin", null,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", early));
        Response reception = api.postJson("/api/queue/bookings/checkin", counter1,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", atReception));
        Response tooLate = api.postJson("/kiosk/api/checkin", null,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", late));
        Response none = api.postJson("/kiosk/api/checkin", null,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", idBornIn(1990, 9)));
        Response receptionAnonymous = api.postJson("/api/queue/bookings/checkin", null,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", atReception));

        assertThat(kiosk.status()).as(kiosk.body()).isEqualTo(201);
        assertThat(kiosk.json().at("/ticket/priority").asText()).isEqualTo("BOOKING");
        assertThat(kiosk.json().at("/ticket/number").asText()).isEqualTo("A002");
        assertThat(kiosk.json().at("/ticket/peopleAhead").asInt()).as("ahead of the walk-in").isZero();
        assertThat(kiosk.json().get("name").asText()).isEqualTo("张*");
        assertThat(twice.code()).isEqualTo("BOOKING_NOT_FOUND");
        assertThat(reception.status()).as(reception.body()).isEqualTo(201);
        assertThat(reception.json().get("name").asText()).isEqualTo("张三");
        assertThat(tooLate.code()).isEqualTo("BOOKING_CHECKIN_TOO_LATE");
        assertThat(none.code()).isEqualTo("BOOKING_NOT_FOUND");
        assertThat(receptionAnonymous.status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM bookings WHERE status = 'CHECKED_IN' AND ticket_id IS NOT NULL"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM tickets")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BOOKING_CHECKED_IN'")).isEqualTo(2);
    }

    @Test
    void a_kiosk_ticket_has_a_phone_page_token_that_shows_its_position_and_the_counter_once_called() {
        Response categories = api.get("/kiosk/api/categories", null);
        JsonNode first = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL")).json();
        JsonNode second = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL")).json();
        String path = second.get("statusPath").asText();
        String token = path.substring("/q/".length());

        JsonNode waiting = api.get("/public/queue/tickets/" + token, null).json();
        api.postJson("/api/queue/counter/next", counter1, Map.of());
        api.postJson("/api/queue/tickets/" + first.get("id").asLong() + "/finish", counter1, Map.of());
        api.postJson("/api/queue/counter/next", counter1, Map.of());
        Response called = api.get("/public/queue/tickets/" + token, null);
        Response unknown = api.get("/public/queue/tickets/" + "0".repeat(32), null);
        Response malformed = api.get("/public/queue/tickets/A002", null);
        Response qr = api.get("/public/queue/tickets/" + token + "/qr.svg", null);
        Response page = api.get(path, null);
        clock.advance(Duration.ofHours(2).plusMinutes(30));   // 12:30, between the issuing windows
        Response lunch = api.get("/kiosk/api/categories", null);

        assertThat(categories.json()).extracting(c -> c.get("code").asText()).containsExactly("GENERAL");
        assertThat(path).matches("/q/[0-9a-f]{32}");
        assertThat(first.get("statusPath").asText()).isNotEqualTo(path);
        assertThat(waiting.get("number").asText()).isEqualTo("A002");
        assertThat(waiting.get("peopleAhead").asInt()).isEqualTo(1);
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING");
        assertThat(waiting.has("id")).isFalse();
        assertThat(waiting.has("priority")).isFalse();
        assertThat(called.json().get("status").asText()).isEqualTo("CALLED");
        assertThat(called.json().get("counterNo").asInt()).isEqualTo(1);
        assertThat(called.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(unknown.code()).isEqualTo("QUEUE_TICKET_NOT_FOUND");
        assertThat(malformed.code()).isEqualTo("QUEUE_TICKET_NOT_FOUND");
        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<svg").contains("<path");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(lunch.json()).isEmpty();
    }

    @Test
    void a_flood_of_booking_changes_from_one_address_is_limited() {
        int limited = 0;
        String code = null;
        for (int i = 0; i < 12; i++) {
            Response r = api.postJson("/public/booking/bookings/" + "0".repeat(32) + "/cancel", null, Map.of());
            if (r.status() == 429) {
                limited++;
                code = r.code();
            }
        }

        assertThat(limited).isEqualTo(2);
        assertThat(code).isEqualTo("BOOKING_RATE_LIMITED");
    }

    @Test
    void the_daily_cap_counts_bookings_a_day_takes_no_more_and_walk_ins_leave_their_places() {
        offerBooking(5, Map.of("limit", 2, "warnAt", 2));
        String first = idBornIn(1990, 1);
        String second = idBornIn(1990, 2);
        booked(booking("2026-12-08", "08:30", first));
        booked(booking("2026-12-08", "09:30", second));
        Response dayFull = book(booking("2026-12-08", "10:30", idBornIn(1990, 3)));
        offerBooking(5, Map.of("limit", 3, "warnAt", 2));
        clock.advance(Duration.ofHours(23));   // Tue 09:00

        Response walkIn = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL"));
        Response refused = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL"));
        Response checkIn = api.postJson("/kiosk/api/checkin", null,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", first));
        Response stillRefused = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL"));
        Response secondCheckIn = api.postJson("/kiosk/api/checkin", null,
                Map.of("documentType", "RESIDENT_ID", "documentNumber", second));

        assertThat(dayFull.code()).isEqualTo("BOOKING_SLOT_FULL");
        assertThat(dayFull.json().get("message").asText()).contains("2 个号已全部约满");
        assertThat(walkIn.json().get("number").asText()).isEqualTo("A001");
        assertThat(refused.code()).isEqualTo("QUEUE_CAP_REACHED");
        assertThat(refused.json().get("message").asText()).contains("其中 2 个为预约保留");
        assertThat(checkIn.json().at("/ticket/number").asText()).isEqualTo("A002");
        assertThat(stillRefused.code()).isEqualTo("QUEUE_CAP_REACHED");
        assertThat(secondCheckIn.status()).as(secondCheckIn.body()).isEqualTo(201);
        assertThat(secondCheckIn.json().at("/ticket/number").asText()).isEqualTo("A003");
        assertThat(count("SELECT count(*) FROM tickets")).isEqualTo(3);
    }

    @Test
    void applicants_racing_for_the_last_place_of_a_slot_get_it_once() throws Exception {
        offerBooking(1);
        int racers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Map<String, Object> body = booking("2026-12-09", "13:00", idBornIn(1980, 10 + i));
                answers.add(pool.submit(() -> {
                    go.await();
                    return api.postJson("/public/booking/bookings", null, body);
                }));
            }
            go.countDown();
            List<String> codes = new java.util.ArrayList<>();
            for (var a : answers) {
                Response r = a.get();
                codes.add(r.status() == 201 ? "BOOKED" : r.code());
            }

            assertThat(codes).containsOnly("BOOKED", "BOOKING_SLOT_FULL");
            assertThat(codes).filteredOn("BOOKED"::equals).hasSize(1);
            assertThat(count("SELECT count(*) FROM bookings")).isEqualTo(1);
            assertThat(count("SELECT booked FROM booking_slot_fills")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // issue 12: booking capacities in the 叫号设置 page

    @Test
    @SuppressWarnings("unchecked")
    void the_places_per_slot_of_each_booking_category_are_read_by_an_administrator_only_with_the_default_until_set() {
        Response none = api.get("/api/queue/booking-capacities", admin);
        JsonNode current = api.get("/api/queue/settings", admin).json();
        Map<String, Object> settings = JSON.convertValue(current.get("settings"), Map.class);
        ((Map<String, Object>) ((List<Object>) settings.get("categories")).get(0)).put("bookingOffered", true);
        assertThat(api.putJson("/api/queue/settings", admin, Map.of("expectedVersion", current.get("version").asInt(),
                "settings", settings)).status()).isEqualTo(200);
        Response byDefault = api.get("/api/queue/booking-capacities", admin);
        Response changed = api.putJson("/api/queue/booking-capacities/GENERAL", admin, Map.of("slotCapacity", 3));
        Response refused = api.putJson("/api/queue/booking-capacities/GENERAL", admin, Map.of("slotCapacity", 1001));
        Response set = api.get("/api/queue/booking-capacities", admin);
        Response byClerk = api.get("/api/queue/booking-capacities", counter1);
        Response anonymous = api.get("/api/queue/booking-capacities", null);

        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json()).as("no category offers booking yet").isEmpty();
        assertThat(byDefault.json()).hasSize(1);
        assertThat(byDefault.json().get(0).get("categoryCode").asText()).isEqualTo("GENERAL");
        assertThat(byDefault.json().get(0).get("slotCapacity").asInt()).isEqualTo(5);
        assertThat(byDefault.json().get(0).get("set").asBoolean()).isFalse();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(refused.code()).isEqualTo("FIELD_TOO_LONG");
        assertThat(set.json().get(0).get("slotCapacity").asInt()).as("the refused change changed nothing").isEqualTo(3);
        assertThat(set.json().get(0).get("set").asBoolean()).isTrue();
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'BOOKING_CAPACITY_CHANGED'")).isEqualTo(1);
    }
}
