package org.yichuang.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.catalog.TimeLimit;

/** The server sends explanations as JSON and the client reads them back: the records must survive that as they are. */
class DeadlineJsonTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void an_explanation_survives_a_json_round_trip_with_iso_dates() throws Exception {
        DeadlineCalculator calc = new DeadlineCalculator(ShippedCalendar.calendar(), ClockSettings.standard());
        DeadlineExplanation e = calc.explain(new DeadlineInput(LocalDate.parse("2025-09-26").atTime(10, 0),
                TimeLimit.workingDays(20), List.of(new ClockStop("检验", LocalDate.parse("2025-10-13"),
                LocalDate.parse("2025-10-15"), "送检")), List.of(new ClockExtension(10, "复杂")), null));
        String text = json.writeValueAsString(e);
        assertThat(text).contains("\"dueDate\":\"2025-11-17\"", "\"dueAt\":\"2025-11-18T00:00:00\"",
                "\"status\":\"SUSPENDED\"", "\"ordinalText\":\"第1个工作日\"");
        assertThat(json.readValue(text, DeadlineExplanation.class)).isEqualTo(e);
    }
}
