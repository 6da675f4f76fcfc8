package org.yichuang.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.ErrorCode;

class BundleLimitRulesTest {
    private final ServiceItem registration = new ServiceItemBuilder().name("企业设立登记")
            .limits(TimeLimit.workingDays(3), TimeLimit.workingDays(1)).build();
    private final ServiceItem seal = new ServiceItemBuilder().name("公章刻制备案")
            .codes("11450721MB1558081X4000000000001", "000000000001")
            .limits(new TimeLimit(2, LimitUnit.HOURS), new TimeLimit(1, LimitUnit.HOURS)).build();
    private final Map<String, ServiceItem> items = Map.of(registration.implementationCode(), registration,
            seal.implementationCode(), seal);

    private ServiceBundle bundle(TimeLimit own) {
        return new ServiceBundle("B", "企业开办", null,
                List.of(registration.implementationCode(), seal.implementationCode()), BundleRunMode.PARALLEL, own);
    }

    @Test
    void a_bundle_limit_within_every_members_statutory_limit_passes() {
        assertThat(BundleRules.check(bundle(new TimeLimit(2, LimitUnit.HOURS)), items)).isEmpty();
        assertThat(BundleRules.check(bundle(null), items)).isEmpty();
    }

    @Test
    void a_bundle_limit_longer_than_one_members_statutory_limit_is_refused_naming_it() {
        assertThat(BundleRules.check(bundle(new TimeLimit(4, LimitUnit.HOURS)), items)).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("promisedLimit");
                    assertThat(v.code()).isEqualTo(ErrorCode.BUNDLE_LIMIT_EXCEEDS_STATUTORY);
                    assertThat(v.message()).contains("0.5个工作日", "公章刻制备案", "2小时");
                });
        assertThat(BundleRules.check(bundle(TimeLimit.workingDays(4)), items)).hasSize(2);
    }

    @Test
    void a_zero_bundle_limit_is_refused() {
        assertThat(BundleRules.check(bundle(TimeLimit.workingDays(0)), items)).extracting(Violation::code)
                .containsExactly(ErrorCode.BUNDLE_LIMIT_EXCEEDS_STATUTORY);
    }

    @Test
    void working_days_against_natural_days_are_refused_only_when_the_number_already_shows_it() {
        ServiceItem natural = new ServiceItemBuilder().name("自然日事项")
                .limits(new TimeLimit(7, LimitUnit.NATURAL_DAYS), new TimeLimit(5, LimitUnit.NATURAL_DAYS)).build();
        ServiceBundle b = new ServiceBundle("B", "x", null, List.of(natural.implementationCode()),
                BundleRunMode.PARALLEL, TimeLimit.workingDays(8));
        assertThat(BundleRules.check(b, Map.of(natural.implementationCode(), natural))).hasSize(1);
        assertThat(BundleRules.check(b.withSchedule(BundleRunMode.PARALLEL, TimeLimit.workingDays(5)),
                Map.of(natural.implementationCode(), natural))).isEmpty();
    }

    @Test
    void half_days_are_labelled_as_the_hall_says_them() {
        assertThat(BundleRules.label(new TimeLimit(4, LimitUnit.HOURS))).isEqualTo("0.5个工作日");
        assertThat(BundleRules.label(new TimeLimit(12, LimitUnit.HOURS))).isEqualTo("1.5个工作日");
        assertThat(BundleRules.label(new TimeLimit(3, LimitUnit.HOURS))).isEqualTo("3小时");
        assertThat(BundleRules.label(TimeLimit.workingDays(5))).isEqualTo("5个工作日");
    }
}
