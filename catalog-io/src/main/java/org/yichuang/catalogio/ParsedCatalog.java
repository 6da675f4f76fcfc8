package org.yichuang.catalogio;

import java.util.List;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.error.Problem;

/**
 * The outcome of reading a catalog file: the document, and every problem found. A caller stores the document only
 * when {@link #problems()} is empty (all or nothing).
 *
 * @param document what could be read; {@code null} when the file could not be read at all
 */
public record ParsedCatalog(CatalogDocument document, List<Problem> problems) {

    /** Copies the problems. */
    public ParsedCatalog {
        problems = List.copyOf(problems);
    }

    /** True when the file is complete and every entry keeps every rule. */
    public boolean ok() {
        return document != null && problems.isEmpty();
    }
}
