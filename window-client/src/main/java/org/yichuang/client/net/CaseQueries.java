package org.yichuang.client.net;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.yichuang.core.api.CaseListQuery;

/** The query string of {@code GET /api/cases} and its export; filters that are null are left out. */
final class CaseQueries {
    private CaseQueries() {
    }

    static String toQueryString(CaseListQuery q) {
        StringJoiner s = new StringJoiner("&");
        add(s, "scope", q.scope());
        add(s, "state", q.state());
        add(s, "department", q.department());
        add(s, "item", q.item());
        add(s, "counter", q.counter() == null ? null : q.counter().toString());
        add(s, "staff", q.staff());
        add(s, "level", q.level());
        add(s, "page", Integer.toString(q.page()));
        add(s, "size", Integer.toString(q.size()));
        return s.toString();
    }

    private static void add(StringJoiner s, String name, String value) {
        if (value != null) {
            s.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
