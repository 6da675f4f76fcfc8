package org.yichuang.client.testing;

import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.HallApiContract;

/** The in-memory fake passes the same contract as the HTTP client against the real server. */
class FakeHallApiTest extends HallApiContract {
    @Override
    protected HallApi newApi() {
        current = new FakeHallApi();
        return current;
    }

    private FakeHallApi current;

    @Override
    protected Clerk windowClerk() {
        return new Clerk(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO);
    }

    @Override
    protected String anyItemCode() {
        return FakeHallApi.ITEMS.get(0).implementationCode();
    }

    @Override
    protected Clerk administrator() {
        return new Clerk(FakeHallApi.ADMIN, FakeHallApi.ADMIN_PASSWORD, 0);
    }

    @Override
    protected org.yichuang.core.api.CaseLifecycleView acceptAtIntake(String caseNo) {
        return current.acceptAtIntake(caseNo);
    }
}
