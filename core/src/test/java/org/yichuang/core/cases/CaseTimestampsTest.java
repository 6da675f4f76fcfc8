package org.yichuang.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseTimestampsTest {
    private static final Instant RECEIVED = Instant.parse("2025-09-26T02:00:00Z");

    private static CaseTimestamps accepted(Instant at, AcceptanceBasis basis) {
        return new CaseTimestamps(RECEIVED, null, null, null, null, at, basis, null, null, null, null);
    }

    @Test
    void a_received_case_is_not_accepted() {
        CaseTimestamps t = CaseTimestamps.received(RECEIVED, Instant.parse("2025-10-10T16:00:00Z"));

        assertThat(t.accepted()).isFalse();
        assertThat(t.acceptanceBasis()).isNull();
    }

    @Test
    void acceptance_needs_its_basis_and_a_basis_needs_the_acceptance() {
        assertThatThrownBy(() -> accepted(RECEIVED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accepted(null, AcceptanceBasis.NORMAL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothing_is_accepted_before_it_was_received() {
        assertThatThrownBy(() -> accepted(RECEIVED.minusSeconds(1), AcceptanceBasis.NORMAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_deemed_acceptance_is_dated_at_the_receipt() {
        assertThat(accepted(RECEIVED, AcceptanceBasis.DEEMED).accepted()).isTrue();
        assertThatThrownBy(() -> accepted(RECEIVED.plusSeconds(60), AcceptanceBasis.DEEMED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
