package org.yichuang.core.intake;

/**
 * The remedies sentence of a refusal (救济途径, RULES.md §3.3): 行政复议法 Art. 20(1) sixty days, 行政诉讼法 Art. 46 six
 * months, naming the reconsideration body and the court; without them the applicant's period runs up to a year
 * (复议法 Art. 20(3)), so a refusal is not issued without them.
 */
public final class Remedies {
    /** 行政复议 application period, days (复议法 Art. 20(1)). */
    public static final int RECONSIDERATION_DAYS = 60;
    /** Direct suit period, months (行诉法 Art. 46). */
    public static final int LAWSUIT_MONTHS = 6;

    private Remedies() {
    }

    /** Returns the sentence, e.g. 「如不服本决定，可以自收到本通知书之日起六十日内向示范县人民政府申请行政复议，…」. */
    public static String text(String reconsiderationBody, String court) {
        return "如不服本决定，可以自收到本通知书之日起六十日内向" + reconsiderationBody
                + "申请行政复议，或者自收到本通知书之日起六个月内向" + court + "提起行政诉讼。";
    }
}
