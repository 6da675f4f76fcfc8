package org.yichuang.client.net;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.yichuang.core.api.CaseListQuery;

/** The query string of {@code GET /api/cases} and its export; filters that are null are left out. */
final class CaseQueries {
    private CaseQueries() {
    }

    /** The list's query string: filters and paging. */
    static String toQueryString(CaseListQuery q) {
        return toQueryString(q, true);
    }

    /** The export's query string: the same filters, every page (the server refuses paging there). */
    static String exportQueryString(CaseListQuery q) {
        return toQueryString(q, false);
    }

    private static String toQueryString(CaseListQuery q, boolean paged) {
        StringJoiner s = new StringJoiner("&");
        add(s, "scope", q.scope());
        add(s, "state", q.state());
        add(s, "department", q.department());
        add(s, "item", q.item());
        add(s, "counter", q.counter() == null ? null : q.counter().toString());
        add(s, "staff", q.staff());
        add(s, "level", q.level());
        if (paged) {
            add(s, "page", Integer.toString(q.page()));
            add(s, "size", Integer.toString(q.size()));
        }
        return s.toString();
    }

    private static void add(StringJoiner s, String name, String value) {
        if (value != null) {
            s.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
