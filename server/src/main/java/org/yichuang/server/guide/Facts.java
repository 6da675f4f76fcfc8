package org.yichuang.server.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yichuang.core.catalog.CatalogLabels;

/**
 * A list of label and value pairs (the printed guide's 项目/内容 table), written as a definition list that lays
 * out in two columns even at 360 px. Empty values read 无, as on paper, so a gap never looks forgotten.
 */
final class Facts {
    private record Row(String label, Consumer<Html> value) {
    }

    private final List<Row> rows = new ArrayList<>();

    Facts text(String label, String value) {
        String shown = CatalogLabels.orNone(value);
        rows.add(new Row(label, html -> html.text(shown)));
        return this;
    }

    /** A value whose phone numbers become {@code tel:} links, so the applicant calls with one tap. */
    Facts phones(String label, String value) {
        if (value == null || value.isBlank()) {
            return text(label, null);
        }
        rows.add(new Row(label, html -> Phones.write(html, value)));
        return this;
    }

    /** A value written by the caller, for values with structure (e.g. one phone per item). */
    Facts custom(String label, Consumer<Html> value) {
        rows.add(new Row(label, value));
        return this;
    }

    void writeTo(Html html) {
        html.open("dl", "class", "facts");
        for (Row row : rows) {
            html.open("div").element("dt", row.label()).open("dd");
            row.value().accept(html);
            html.close("dd").close("div");
        }
        html.close("dl");
    }
}
