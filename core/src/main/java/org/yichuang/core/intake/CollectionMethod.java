package org.yichuang.core.intake;

import java.util.ArrayList;
import java.util.List;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.ServiceItem;

/**
 * 领取方式: how the applicant will collect the result, chosen at intake and printed on the 受理通知书 (RULES.md §3.2,
 * 🟡 [W17]). Which ones an item allows follows from its catalogue data, once, here: the client offers these and the
 * server refuses any other.
 */
public enum CollectionMethod {
    /** 窗口领取: at the hall's 统一出件 counter. */
    WINDOW_PICKUP("窗口领取"),
    /** 邮寄送达 (EMS at the applicant's address). */
    MAIL("邮寄送达"),
    /** 网上下载: the electronic result (电子证照, 国务院令第716号 Art. 10) from the online hall. */
    ONLINE_DOWNLOAD("网上下载");

    private final String label;

    CollectionMethod(String label) {
        this.label = label;
    }

    /** Returns the Chinese wording printed on notices, e.g. 窗口领取. */
    public String label() {
        return label;
    }

    /**
     * Returns the methods the item allows, in this order: 窗口领取 when it lists 窗口自取 or no 送达方式 at all (a result
     * can always be fetched where it was applied for), 邮寄 when it lists 邮寄, 网上下载 when it can be handled online
     * (电脑端 or 移动端: the online hall then holds the electronic result).
     */
    public static List<CollectionMethod> allowedFor(ServiceItem item) {
        List<CollectionMethod> out = new ArrayList<>(3);
        if (item.deliveryOptions().isEmpty() || item.deliveryOptions().contains(DeliveryOption.PICK_UP)) {
            out.add(WINDOW_PICKUP);
        }
        if (item.deliveryOptions().contains(DeliveryOption.MAIL)) {
            out.add(MAIL);
        }
        if (item.channels().contains(Channel.ONLINE_PC) || item.channels().contains(Channel.MOBILE)) {
            out.add(ONLINE_DOWNLOAD);
        }
        return List.copyOf(out);
    }

    /** Returns the method taken when the clerk chose none: the first the item allows. */
    public static CollectionMethod defaultFor(ServiceItem item) {
        return allowedFor(item).get(0);
    }

    /**
     * Returns a 一件事 member's method (issue 10 item 7): the one chosen for the whole application when the member's
     * item offers it, else the item's own default; null (nothing chosen) gives null, so the member takes its default.
     */
    public static CollectionMethod forMember(ServiceItem item, CollectionMethod chosen) {
        if (chosen == null) {
            return null;
        }
        return allowedFor(item).contains(chosen) ? chosen : defaultFor(item);
    }
}
