package org.yichuang.client.intake.outcome;

/** A place on the intake screen a refusal of the server can point at. */
public enum OutcomeField {
    MATERIALS, OUTCOME, COMMITMENT, GENUINE_INTENT, REASON, LEGAL_BASIS, AUTHORITY, DUE_DATE, CORRECTION_NOTE
}
