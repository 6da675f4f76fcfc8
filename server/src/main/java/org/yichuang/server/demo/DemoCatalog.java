package org.yichuang.server.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;
import org.yichuang.core.catalog.Violation;

/**
 * The demo catalog shipped with core ({@link CatalogDocument#DEMO_RESOURCE}: 示范县, fictional): 44 items of 13
 * implementing bodies and 5 bundles (一件事), read exactly as an imported JSON file is read.
 */
public final class DemoCatalog {
    private final ObjectMapper mapper;

    /** Reads with the server's mapper, which refuses unknown fields. */
    public DemoCatalog(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads the document and checks every item with {@link ServiceItemRules}.
     *
     * @throws IllegalStateException when the shipped file is missing or breaks a rule: a build defect, not data
     */
    public CatalogDocument document() {
        CatalogDocument document;
        try (InputStream in = DemoCatalog.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo catalog missing: " + CatalogDocument.DEMO_RESOURCE);
            }
            document = mapper.readValue(in, CatalogDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo catalog unreadable", e);
        }
        for (ServiceItem item : document.items()) {
            List<Violation> violations = ServiceItemRules.check(item);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("demo item " + item.implementationCode() + " breaks the rules: "
                        + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
            }
        }
        return document;
    }
}
