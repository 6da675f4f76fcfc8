package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class TicketNumberTest {

    @Test
    void a_number_prints_with_at_least_three_digits() {
        assertThat(new TicketNumber('A', 12)).hasToString("A012");
        assertThat(new TicketNumber('B', 1)).hasToString("B001");
        assertThat(new TicketNumber('C', 1234)).hasToString("C1234");
    }

    @Test
    void a_typed_or_scanned_number_is_read_in_any_case_and_width() {
        assertThat(TicketNumber.parse(" a012 ")).isEqualTo(new TicketNumber('A', 12));
        assertThat(TicketNumber.parse("ａ０１２")).isEqualTo(new TicketNumber('A', 12));
        assertThat(TicketNumber.parse("Y7")).isEqualTo(new TicketNumber('Y', 7));
    }

    @Test
    void anything_else_is_refused_with_the_ticket_code_and_the_text_typed() {
        for (String bad : new String[] {"", "A", "012", "AA12", "A-12", "A12345", "Ä012", "A000"}) {
            assertThatThrownBy(() -> TicketNumber.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TICKET_NUMBER_INVALID));
        }
        assertThatThrownBy(() -> TicketNumber.parse("A1x")).hasMessageContaining("A1x");
        assertThatThrownBy(() -> new TicketNumber('a', 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new TicketNumber('A', 10_000)).hasMessageContaining("10000");
    }
}
