package org.yichuang.core.intake;

/**
 * The hall's configuration the intake rules read (RULES.md §10.2): remedies and the 容缺 policies.
 *
 * @param reconsiderationBody 行政复议机关, e.g. 示范县人民政府 (复议法 Art. 24); null when not configured
 * @param court               人民法院 for 行政诉讼; null when not configured
 * @param deferralFailurePolicy what a missed 容缺 supplement leads to (§2.3)
 * @param riskyItemsMayDefer  whether items of a risk category may still allow 容缺 (default: no)
 */
public record HallIntakeSettings(String reconsiderationBody, String court, DeferralFailurePolicy deferralFailurePolicy,
        boolean riskyItemsMayDefer) {

    /** Defaults the policy. */
    public HallIntakeSettings {
        deferralFailurePolicy = deferralFailurePolicy == null ? DeferralFailurePolicy.DEFAULT : deferralFailurePolicy;
        reconsiderationBody = blankToNull(reconsiderationBody);
        court = blankToNull(court);
    }

    /** Returns true when both remedies can be named on a refusal. */
    public boolean remediesConfigured() {
        return reconsiderationBody != null && court != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
