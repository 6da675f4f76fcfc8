package org.yichuang.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpecialProcedureKindTest {
    @Test
    void the_statutory_kinds_are_exactly_the_eight_of_art_45_in_its_order() {
        assertThat(Arrays.stream(SpecialProcedureKind.values()).filter(SpecialProcedureKind::statutoryExclusion)
                .map(CatalogLabels::procedure))
                .containsExactly("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审");
    }

    @Test
    void the_local_kinds_leave_the_clock_to_the_item() {
        assertThat(SpecialProcedureKind.SITE_SURVEY.statutoryExclusion()).isFalse();
        assertThat(SpecialProcedureKind.TECHNICAL_REVIEW.statutoryExclusion()).isFalse();
        assertThat(CatalogLabels.procedure(SpecialProcedureKind.SITE_SURVEY)).isEqualTo("现场勘验");
    }
}
