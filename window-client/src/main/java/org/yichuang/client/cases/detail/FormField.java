package org.yichuang.client.cases.detail;

/** A field of the transition form, so that a refusal puts the focus where the clerk must correct (焦点回到出错处). */
public enum FormField {
    KIND, REASON, STARTED_ON, ENDED_ON, APPROVER, WORKING_DAYS,
    /** No field: the focus goes back to the button that was pressed. */
    NONE
}
