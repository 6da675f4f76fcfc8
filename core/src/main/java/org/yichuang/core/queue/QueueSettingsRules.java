package org.yichuang.core.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yichuang.core.catalog.Violation;
import org.yichuang.core.error.ErrorCode;

/**
 * The rules a hall's queue configuration must meet before it is stored (RULES.md §8). Returns every violation at once,
 * so an administrator fixes the settings in one pass; the server refuses to store settings with any.
 */
public final class QueueSettingsRules {
    /** The longest category name: it must fit a kiosk button and an 80 mm ticket. */
    public static final int MAX_NAME_LENGTH = 12;
    /** The longest hold time a hall may configure. */
    public static final Duration MAX_HOLD = Duration.ofHours(2);
    /** The most tickets a category may issue a day: the four digits of a ticket number. */
    public static final int MAX_CAP = TicketNumber.MAX_SEQUENCE;

    private QueueSettingsRules() {
    }

    /** Returns the violations; empty when the settings may be stored. */
    public static List<Violation> check(QueueSettings s) {
        List<Violation> out = new ArrayList<>();
        if (s.categories().isEmpty()) {
            out.add(v("categories", "至少需要设置一个业务类别。"));
        }
        Set<String> codes = new HashSet<>();
        Set<Character> prefixes = new HashSet<>();
        for (int i = 0; i < s.categories().size(); i++) {
            QueueCategory c = s.categories().get(i);
            String at = "categories[" + i + "]";
            checkCategory(c, at, out);
            if (c.code() != null && !codes.add(c.code())) {
                out.add(v(at + ".code", "业务类别编码“" + c.code() + "”重复。"));
            }
            if (c.active() && !prefixes.add(c.prefix())) {
                out.add(v(at + ".prefix", "排队号前缀“" + c.prefix() + "”已被其他业务类别使用，叫号时无法区分。"));
            }
        }
        checkAssignments(s, codes, out);
        if (s.ordering() == null) {
            out.add(new Violation("ordering", ErrorCode.FIELD_REQUIRED, "请选择优先叫号方式。"));
        } else if (s.ordering() == PriorityOrdering.DEDICATED_COUNTER && !s.priority().isEmpty()
                && s.assignments().stream().noneMatch(CounterAssignment::priorityCounter)) {
            out.add(v("ordering", "优先号由优先窗口叫号，但没有设置任何优先窗口。"));
        }
        if (s.elderly() == null || !s.elderly().valid()) {
            out.add(v("elderly", "老年人优先年龄应在 " + ElderlyPriority.MIN_THRESHOLD + "–"
                    + ElderlyPriority.MAX_THRESHOLD + " 周岁之间（法定为 60 周岁，部分地方为 70 周岁）。"));
        }
        checkMissed(s.missed(), out);
        if (s.holdTime() == null || s.holdTime().isNegative() || s.holdTime().isZero()
                || s.holdTime().compareTo(MAX_HOLD) > 0) {
            out.add(v("holdTime", "挂起时长应在 1 分钟至 2 小时之间。"));
        }
        if (s.dayReset() == null) {
            out.add(new Violation("dayReset", ErrorCode.FIELD_REQUIRED, "请设置每日重新编号的时间。"));
        } else {
            checkResetOutsideWindows(s, out);
        }
        checkBooking(s.booking(), out);
        return List.copyOf(out);
    }

    private static void checkCategory(QueueCategory c, String at, List<Violation> out) {
        if (c.code() == null || !c.code().matches("[A-Z][A-Z0-9_]{0,31}")) {
            out.add(v(at + ".code", "业务类别编码应为大写字母开头的字母、数字或下划线，最长 32 位。"));
        }
        if (c.name() == null || c.name().isBlank()) {
            out.add(new Violation(at + ".name", ErrorCode.FIELD_REQUIRED, "请填写业务类别名称。"));
        } else if (c.name().strip().length() > MAX_NAME_LENGTH) {
            out.add(v(at + ".name", "业务类别名称“" + c.name().strip() + "”过长，最多 " + MAX_NAME_LENGTH
                    + " 个字（取号机按钮和排队小票上要放得下）。"));
        }
        if (!TicketNumber.isPrefix(c.prefix())) {
            out.add(v(at + ".prefix", "排队号前缀应为一个大写字母 A–Z。"));
        }
        if (c.windows().isEmpty()) {
            out.add(v(at + ".windows", "业务类别“" + c.name() + "”没有设置取号时段。"));
        }
        for (int w = 0; w < c.windows().size(); w++) {
            IssuingWindow win = c.windows().get(w);
            if (win.from() == null || win.to() == null || !win.from().isBefore(win.to())) {
                out.add(v(at + ".windows[" + w + "]", "取号时段的结束时间应晚于开始时间。"));
            } else if (w > 0 && c.windows().get(w - 1).to() != null && win.from().isBefore(c.windows().get(w - 1).to())) {
                out.add(v(at + ".windows[" + w + "]", "取号时段应按时间先后排列且互不重叠。"));
            }
        }
        if (c.cap() != null) {
            if (!c.bookingOffered()) {
                out.add(v(at + ".cap", "业务类别“" + c.name() + "”未提供预约服务，不得限定每日取号数量"
                        + "（未提供预约服务的，不得限定每日办件数量）。"));
            }
            if (c.cap().limit() < 1 || c.cap().limit() > MAX_CAP) {
                out.add(v(at + ".cap.limit", "每日限号应在 1–" + MAX_CAP + " 之间。"));
            } else if (c.cap().warnAt() < 1 || c.cap().warnAt() > c.cap().limit()) {
                out.add(v(at + ".cap.warnAt", "预警数量应在 1 与每日限号（" + c.cap().limit() + "）之间。"));
            }
        }
    }

    private static void checkAssignments(QueueSettings s, Set<String> codes, List<Violation> out) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < s.assignments().size(); i++) {
            CounterAssignment a = s.assignments().get(i);
            String at = "assignments[" + i + "]";
            if (a.counterNo() < 1) {
                out.add(v(at + ".counterNo", "窗口号应从 1 开始。"));
                continue;
            }
            if (!codes.contains(a.categoryCode())) {
                out.add(v(at + ".categoryCode", a.counterNo() + "号窗口服务的业务类别“" + a.categoryCode()
                        + "”不存在。"));
            }
            if (a.weight() < 1 || a.weight() > CounterAssignment.MAX_WEIGHT) {
                out.add(v(at + ".weight", a.counterNo() + "号窗口的权重应在 1–" + CounterAssignment.MAX_WEIGHT
                        + " 之间。"));
            }
            if (!pairs.add(a.counterNo() + "\u0000" + a.categoryCode())) {
                out.add(v(at, a.counterNo() + "号窗口重复设置了业务类别“" + a.categoryCode() + "”。"));
            }
        }
        for (QueueCategory c : s.categories()) {
            if (c.active() && s.assignments().stream().noneMatch(a -> Objects.equals(a.categoryCode(), c.code()))) {
                out.add(v("assignments", "业务类别“" + c.name() + "”没有任何窗口办理，取到的号将无人叫。"));
            }
        }
    }

    private static void checkMissed(MissedCallPolicy m, List<Violation> out) {
        if (m == null) {
            out.add(new Violation("missed", ErrorCode.FIELD_REQUIRED, "请设置过号规则。"));
            return;
        }
        if (m.minCalls() < 1 || m.minCalls() > MissedCallPolicy.MAX_CALLS) {
            out.add(v("missed.minCalls", "过号前的呼叫次数应在 1–" + MissedCallPolicy.MAX_CALLS + " 次之间。"));
        }
        if (m.minWait() == null || m.minWait().isNegative() || m.minWait().compareTo(MissedCallPolicy.MAX_WAIT) > 0) {
            out.add(v("missed.minWait", "过号前的等候时间应在 0–30 分钟之间。"));
        }
    }

    private static void checkResetOutsideWindows(QueueSettings s, List<Violation> out) {
        for (QueueCategory c : s.categories()) {
            for (IssuingWindow w : c.windows()) {
                if (w.from() != null && w.to() != null && w.from().isBefore(w.to()) && w.contains(s.dayReset())) {
                    out.add(v("dayReset", "每日重新编号时间 " + s.dayReset() + " 落在业务类别“" + c.name()
                            + "”的取号时段 " + w + " 内，会在办理中途清号。"));
                }
            }
        }
    }

    private static void checkBooking(BookingPolicy b, List<Violation> out) {
        if (b == null) {
            out.add(new Violation("booking", ErrorCode.FIELD_REQUIRED, "请设置预约规则。"));
            return;
        }
        if (b.maxWorkingDaysAhead() < 1 || b.maxWorkingDaysAhead() > 5) {
            out.add(v("booking.maxWorkingDaysAhead", "可预约的最远日期应在 1–5 个工作日之内。"));
        }
        if (b.cancelBefore() == null || b.cancelBefore().isNegative() || b.cancelBefore().toHours() > 24) {
            out.add(v("booking.cancelBefore", "取消预约的截止时间应在预约时段开始前 0–24 小时之间。"));
        }
        if (b.noShowsForBan() < 1 || b.noShowWindow() == null || b.noShowWindow().isNegative()
                || b.noShowWindow().isZero() || b.banPeriod() == null || b.banPeriod().isNegative()
                || b.banPeriod().isZero()) {
            out.add(v("booking.noShows", "爽约限制应设置为：统计期内爽约次数至少 1 次，统计期和限制期均为正。"));
        }
    }

    private static Violation v(String field, String message) {
        return new Violation(field, ErrorCode.QUEUE_SETTINGS_INVALID, message);
    }
}
