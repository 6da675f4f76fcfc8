package org.yichuang.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.PasswordHasher;
import org.yichuang.server.queue.QueueChanges;
import org.yichuang.server.queue.QueueSettingsService;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

/**
 * The demo hall's queue (issue 12, {@code ./yichuang demo}) on real PostgreSQL: a booking category with places per
 * slot, seeded once and never over an administrator's settings.
 */
class DemoQueueTest {
    /** Monday 2026-12-07, 10:00 in Beijing. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");

    private MutableClock clock;
    private TestServer server;
    private ApiClient api;
    private String admin;

    @BeforeEach
    void start() {
        clock = new MutableClock(MONDAY_10_00);
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private boolean seed() {
        return new DemoData(server.jdbi(), new PasswordHasher(), clock).seedQueueIfUnsaved(
                new QueueSettingsService(server.jdbi(), Json.newObjectMapper(), new SecureRandom(), clock, new QueueChanges(() -> { })));
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void the_demo_queue_offers_booking_in_one_category_with_its_places_per_slot_and_is_seeded_once() {
        assertThat(seed()).isTrue();
        assertThat(seed()).as("a restart changes nothing").isFalse();

        JsonNode settings = api.get("/api/queue/settings", admin).json();
        JsonNode capacities = api.get("/api/queue/booking-capacities", admin).json();
        JsonNode options = api.get("/public/booking/options", null).json();

        assertThat(settings.get("version").asInt()).isEqualTo(1);
        JsonNode property = settings.at("/settings/categories/1");
        assertThat(property.get("code").asText()).isEqualTo("PROPERTY");
        assertThat(property.get("prefix").asText()).isEqualTo("B");
        assertThat(property.get("bookingOffered").asBoolean()).isTrue();
        assertThat(property.get("itemCodes")).hasSize(4);
        assertThat(settings.at("/settings/categories/0/bookingOffered").asBoolean()).isFalse();
        assertThat(capacities).hasSize(1);
        assertThat(capacities.get(0).get("categoryCode").asText()).isEqualTo("PROPERTY");
        assertThat(capacities.get(0).get("slotCapacity").asInt()).isEqualTo(4);
        assertThat(capacities.get(0).get("set").asBoolean()).isTrue();
        assertThat(options.at("/categories/0/code").asText()).isEqualTo("PROPERTY");
        assertThat(options.at("/categories/0/days/0/slots/0/free").asInt()).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'QUEUE_SETTINGS_CHANGED' AND staff_id IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void settings_an_administrator_saved_are_never_replaced_by_the_demo_queue() {
        JsonNode current = api.get("/api/queue/settings", admin).json();
        assertThat(api.putJson("/api/queue/settings", admin, java.util.Map.of("expectedVersion", 0,
                "settings", current.get("settings"))).status()).isEqualTo(200);

        assertThat(seed()).isFalse();
        JsonNode after = api.get("/api/queue/settings", admin).json();
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(after.at("/settings/categories")).hasSize(1);
        assertThat(api.get("/api/queue/booking-capacities", admin).json()).isEmpty();
    }
}
