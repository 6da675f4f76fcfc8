package org.yichuang.server.audit;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** HTTP for the audit log (审计日志). */
public final class AuditRoutes {
    /** Every query parameter GET /api/audit understands; any other is refused, so a typo never silently shows all. */
    static final Set<String> PARAMETERS = Set.of("limit", "before", "action", "excludeAction", "username", "subject",
            "from", "to");
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_TEXT = 200;

    private final AuditService audit;

    /** Serves the service's answers. */
    public AuditRoutes(AuditService audit) {
        this.audit = audit;
    }

    /**
     * GET /api/audit: {@code {"entries": [...], "nextBefore": id|null}}, newest first. Parameters, all optional:
     * {@code limit} (1–500, default 100), {@code before} (cursor: the previous page's {@code nextBefore}),
     * {@code action} and {@code excludeAction} (action names, comma-separated or repeated), {@code username},
     * {@code subject} (exact), {@code from} (inclusive) and {@code to} (exclusive) as ISO-8601 instants.
     */
    public void recent(Context ctx) {
        ctx.json(audit.page(query(ctx)));
    }

    private static AuditQuery query(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw bad("不支持的查询参数 " + shorten(name) + "；可用：limit、before、action、excludeAction、username、"
                        + "subject、from、to。");
            }
        }
        long limit = number(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > AuditService.MAX_LIMIT) {
            throw bad("limit 应在 1 到 " + AuditService.MAX_LIMIT + " 之间。");
        }
        Long before = ctx.queryParam("before") == null ? null : number(ctx, "before", 0);
        if (before != null && before < 1) {
            throw bad("before 应为正整数（上一页返回的 nextBefore）。");
        }
        Instant from = instant(ctx, "from");
        Instant to = instant(ctx, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw bad("from 应早于 to。");
        }
        return new AuditQuery((int) limit, before, actions(ctx, "action"), actions(ctx, "excludeAction"),
                text(ctx, "username"), text(ctx, "subject"), from, to);
    }

    private static long number(Context ctx, String name, long fallback) {
        String value = single(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad(name + " 应为整数。");
        }
    }

    private static Instant instant(Context ctx, String name) {
        String value = single(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name + " 应为 ISO-8601 时刻，例如 2026-03-02T08:00:00Z。");
        }
    }

    private static String text(Context ctx, String name) {
        String value = single(ctx, name);
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_TEXT) {
            throw bad(name + " 不能为空，且不超过 " + MAX_TEXT + " 个字符。");
        }
        return value;
    }

    private static Set<AuditAction> actions(Context ctx, String name) {
        Set<AuditAction> set = EnumSet.noneOf(AuditAction.class);
        for (String value : ctx.queryParams(name)) {
            for (String part : value.split(",", -1)) {
                try {
                    set.add(AuditAction.valueOf(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw bad(name + " 含有未知的操作类型 " + shorten(part) + "。");
                }
            }
        }
        return set;
    }

    private static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
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
        return new DomainException(ErrorCode.MALFORMED_REQUEST, message);
    }
}
