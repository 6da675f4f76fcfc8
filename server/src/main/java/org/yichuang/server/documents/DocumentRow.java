package org.yichuang.server.documents;

import java.time.Instant;

/** A case_documents row as listed (without data and PDFs); {@code papers} is a comma-separated list. */
public record DocumentRow(long id, String kind, String documentNumber, Instant issuedAt, String issuedBy, String papers,
        int copiesPrinted) {
}
