package org.yichuang.client.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;

/** A signed-in fake hall on a fixed Monday morning (2026-03-02 10:00 Beijing time) with cases to list. */
public final class CaseFixture {
    /** The hall's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-03-02 10:00 in Beijing. */
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    /** A 承诺件 with a promised limit of at least 5 working days (a clock stop in its first week moves it). */
    public static final ServiceItemSummary ITEM = FakeHallApi.ITEMS.stream()
            .filter(i -> i.caseKind() == CaseKind.PROMISED && i.promisedLimit() != null
                    && i.promisedLimit().unit() == LimitUnit.WORKING_DAYS && i.promisedLimit().value() >= 5)
            .findFirst().orElseThrow();

    private CaseFixture() {
    }

    /** Returns a fake with a clerk signed in at counter 3. */
    public static FakeHallApi signedInClerk() {
        FakeHallApi api = new FakeHallApi(Clock.fixed(NOW, ZONE));
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        return api;
    }

    /** Creates a case of {@link #ITEM} for {@code name}; returns its number. */
    public static String newCase(FakeHallApi api, String name) {
        return api.createCase(new NewCase(UUID.randomUUID().toString(), ITEM.implementationCode(),
                new ApplicantInput(name, "11010519491231002X", null), null)).caseNo();
    }
}
