package org.yichuang.server.documents;

/** A hall_document_codes row: the hall's short code for a kind. */
public record KindCodeRow(String kind, String code) {
}
