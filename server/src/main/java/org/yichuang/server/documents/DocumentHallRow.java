package org.yichuang.server.documents;

/** A hall's document numbering settings and phones (halls, V15). */
public record DocumentHallRow(long hallId, String hallName, String zoneId, String documentNumberPattern,
        String documentAbbreviation, String consultingPhone, String supervisionPhone) {

    /** The {hall} of document numbers: the abbreviation, else the hall's name. */
    public String abbreviation() {
        return documentAbbreviation == null || documentAbbreviation.isBlank() ? hallName : documentAbbreviation;
    }
}
