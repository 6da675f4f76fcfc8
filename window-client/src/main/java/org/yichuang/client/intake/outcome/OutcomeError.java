package org.yichuang.client.intake.outcome;

/**
 * Why the outcome was not recorded, in the server's Chinese, and where to correct it.
 *
 * @param material the material the message names, when {@code field} is MATERIALS; else null
 */
public record OutcomeError(OutcomeField field, String message, String material) {
}
