package org.yichuang.server.hall;

/** A hall_document_codes row: the hall's own code for a document kind. */
public record HallKindCodeRow(String kind, String code) {
}
