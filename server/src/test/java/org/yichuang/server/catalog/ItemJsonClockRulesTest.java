package org.yichuang.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.server.testing.CatalogFixtures;
import org.yichuang.server.web.Json;

class ItemJsonClockRulesTest {
    private final ObjectMapper mapper = Json.newObjectMapper();
    private final ItemJson json = new ItemJson(mapper);

    @Test
    void a_version_stored_before_the_clock_fields_reads_with_their_defaults() throws Exception {
        ObjectNode old = (ObjectNode) mapper.readTree(json.write(CatalogFixtures.item(1, "旧版本事项")));
        old.remove("maxExtensions");
        old.remove("jointHandling");
        old.remove("stepLimits");

        ServiceItem read = json.read(mapper.writeValueAsString(old));

        assertThat(read.maxExtensions()).isEqualTo(1);
        assertThat(read.jointHandling()).isFalse();
        assertThat(read.stepLimits()).isEmpty();
        assertThat(read).isEqualTo(CatalogFixtures.item(1, "旧版本事项"));
    }

    @Test
    void the_clock_fields_round_trip_with_the_steps_in_order() {
        Map<String, Integer> steps = new LinkedHashMap<>();
        steps.put("审查", 3);
        steps.put("受理", 1);
        ServiceItem item = CatalogFixtures.item(2, "联合办理事项").withClockRules(2, true, steps);

        ServiceItem read = json.read(json.write(item));

        assertThat(read).isEqualTo(item);
        assertThat(read.stepLimits().keySet()).containsExactly("审查", "受理");
        assertThat(json.write(item)).contains("\"maxExtensions\":2", "\"jointHandling\":true");
    }
}
