package org.yichuang.server.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.supervision.AlertLevel;
import org.yichuang.core.text.ControlCharacters;

/**
 * Checks the query parameters of the case list and its export (validation at the edge): every value is checked, an
 * unknown parameter is refused (a typo must never silently list everything), and a bad value names itself.
 */
public final class CaseListFilters {
    /** Rows per page at most. */
    public static final int MAX_SIZE = 200;
    /** Rows per page unless asked. */
    public static final int DEFAULT_SIZE = 50;
    /** Pages beyond this are refused: nobody reads them, and deep offsets cost the database. */
    static final int MAX_PAGE = 10_000;
    private static final int MAX_TEXT = 200;
    /** Parameters of both the list and the export. */
    static final Set<String> FILTERS = Set.of("scope", "state", "open", "department", "item", "counter", "staff",
            "level", "from", "to", "sort");
    /** Parameters only the list understands. */
    static final Set<String> PAGING = Set.of("page", "size");

    private CaseListFilters() {
    }

    /**
     * Parses the list's parameters.
     *
     * @param supervisor whether the caller may see every case: the default scope is then {@code all}, else
     *                   {@code mine}
     */
    public static CaseListQuery list(Map<String, List<String>> params, boolean supervisor) {
        return parse(params, supervisor, true);
    }

    /** Parses the export's parameters: the list's filters, without paging. */
    public static CaseListQuery export(Map<String, List<String>> params, boolean supervisor) {
        return parse(params, supervisor, false);
    }

    private static CaseListQuery parse(Map<String, List<String>> params, boolean supervisor, boolean paged) {
        for (String name : params.keySet()) {
            if (!FILTERS.contains(name) && !(paged && PAGING.contains(name))) {
                throw bad("不支持的查询参数 " + shorten(name) + "；可用：scope、state、open、department、item、counter、"
                        + "staff、level、from、to、sort" + (paged ? "、page、size。" : "。"));
            }
        }
        String scope = single(params, "scope");
        boolean all;
        if (scope == null) {
            all = supervisor;
        } else if (scope.equals("all") || scope.equals("mine")) {
            all = scope.equals("all");
        } else {
            throw bad("scope 应为 mine（本人经办）或 all（全部）。");
        }
        Set<CaseState> states = names(params, "state", CaseState.class, s -> new DomainException(
                ErrorCode.CASE_LIST_STATE_UNKNOWN, "办件状态 " + shorten(s) + " 不存在。"));
        Set<AlertLevel> levels = names(params, "level", AlertLevel.class, s -> new DomainException(
                ErrorCode.CASE_LIST_LEVEL_UNKNOWN, "预警级别 " + shorten(s) + " 不存在，应为 NONE、WARNING、YELLOW 或 RED。"));
        String open = single(params, "open");
        if (open != null && !open.equals("true") && !open.equals("false")) {
            throw bad("open 应为 true（未办结）或 false（已办结）。");
        }
        Integer counter = null;
        String counterText = single(params, "counter");
        if (counterText != null) {
            counter = integer(counterText, "counter", 1, 9999);
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw bad("from 不能晚于 to。");
        }
        String sortText = single(params, "sort");
        CaseListQuery.Sort sort = CaseListQuery.Sort.DUE;
        if (sortText != null) {
            if (!sortText.equals("due") && !sortText.equals("received")) {
                throw bad("sort 应为 due（按承诺期限，最紧急在前）或 received（按收件时间，最新在前）。");
            }
            sort = sortText.equals("due") ? CaseListQuery.Sort.DUE : CaseListQuery.Sort.RECEIVED;
        }
        int page = 0;
        int size = paged ? DEFAULT_SIZE : 0;
        if (paged) {
            String p = single(params, "page");
            String s = single(params, "size");
            page = p == null ? 0 : integer(p, "page", 0, MAX_PAGE);
            size = s == null ? DEFAULT_SIZE : integer(s, "size", 1, MAX_SIZE);
        }
        return new CaseListQuery(all, states, open == null ? null : Boolean.valueOf(open),
                text(params, "department"), text(params, "item"), counter, text(params, "staff"), levels, from, to,
                sort, page, size);
    }

    private static <E extends Enum<E>> Set<E> names(Map<String, List<String>> params, String name, Class<E> type,
            Function<String, DomainException> unknown) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : params.getOrDefault(name, List.of())) {
            for (String part : value.split(",", -1)) {
                String n = part.strip().toUpperCase(Locale.ROOT);
                try {
                    set.add(Enum.valueOf(type, n));
                } catch (IllegalArgumentException e) {
                    throw unknown.apply(part);
                }
            }
        }
        return set;
    }

    private static int integer(String value, String name, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw bad(name + " 应为 " + min + " 到 " + max + " 之间的整数。");
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name + " 应为日期，例如 2026-03-02。");
        }
    }

    private static String text(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_TEXT || ControlCharacters.presentIn(value)) {
            throw bad(name + " 不能为空，不超过 " + MAX_TEXT + " 个字符，且不能含控制字符。");
        }
        return value.strip();
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw bad(name + " 只能给出一次。");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** Quotes what the caller sent, cut short: a message must not echo a long hostile string. */
    private static String shorten(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "“" + cut + "”";
    }

    private static DomainException bad(String message) {
        return new DomainException(ErrorCode.CASE_LIST_FILTER_INVALID, message);
    }
}
