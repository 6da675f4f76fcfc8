package org.yichuang.server.hall;

/** The 大厅设置 columns of a halls row (V13, V15). */
public record HallDocumentSettingsRow(String hallName, String reconsiderationBody, String court,
        String deferralFailurePolicy, boolean riskyItemsMayDefer, String documentNumberPattern,
        String documentAbbreviation, String consultingPhone, String supervisionPhone) {
}
