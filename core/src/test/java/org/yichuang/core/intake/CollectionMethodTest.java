package org.yichuang.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemBuilder;

/** A 一件事 member's 领取方式 (issue 10 item 7): the application's choice by default. */
class CollectionMethodTest {
    /** 窗口自取 and 邮寄, at the counter and online. */
    private static final ServiceItem EVERYTHING = new ServiceItemBuilder().build();

    /** Only 窗口自取, only at the counter. */
    private static ServiceItem counterOnly() {
        ServiceItem i = EVERYTHING;
        return new ServiceItem(i.baseCode(), i.implementationCode(), i.name(), i.itemType(), i.department(),
                i.departmentCreditCode(), i.legalBasis(), i.statutoryLimit(), i.promisedLimit(), i.caseKind(),
                i.conditions(), i.processSteps(), i.fee(), i.serviceObjects(), EnumSet.of(Channel.COUNTER), i.visits(),
                i.specialProcedures(), i.resultName(), EnumSet.of(DeliveryOption.PICK_UP), i.deferralAllowed(),
                i.contacts(), i.materials(), i.aliases());
    }

    @Test
    void a_member_takes_the_method_chosen_for_the_application_when_its_item_offers_it() {
        assertThat(CollectionMethod.defaultFor(EVERYTHING)).isEqualTo(CollectionMethod.WINDOW_PICKUP);
        assertThat(CollectionMethod.forMember(EVERYTHING, CollectionMethod.MAIL)).isEqualTo(CollectionMethod.MAIL);
        assertThat(CollectionMethod.forMember(EVERYTHING, CollectionMethod.ONLINE_DOWNLOAD))
                .isEqualTo(CollectionMethod.ONLINE_DOWNLOAD);
    }

    @Test
    void a_member_whose_item_does_not_offer_the_choice_takes_its_own_default() {
        assertThat(CollectionMethod.forMember(counterOnly(), CollectionMethod.MAIL))
                .isEqualTo(CollectionMethod.WINDOW_PICKUP);
    }

    @Test
    void no_choice_leaves_each_member_to_its_default() {
        assertThat(CollectionMethod.forMember(EVERYTHING, null)).isNull();
    }
}
