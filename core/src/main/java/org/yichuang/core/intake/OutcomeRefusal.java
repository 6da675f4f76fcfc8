package org.yichuang.core.intake;

import org.yichuang.core.error.ErrorCode;

/**
 * Why an outcome is not lawful for the checklist as it is now: the rule's stable code and its Chinese message, which
 * names the material or tick at fault (the screen says it when the clerk asks for that outcome anyway).
 */
public record OutcomeRefusal(IntakeOutcome outcome, ErrorCode code, String message) {
}
