package org.yichuang.core.api;

/**
 * The hall's settings as stored, with its name (the {hall} of a number when no abbreviation is set): {@code GET} and
 * {@code PUT /api/hall/document-settings}. Every kind code is given, the defaults included.
 */
public record HallDocumentSettingsView(String hallName, HallDocumentSettings settings) {
}
