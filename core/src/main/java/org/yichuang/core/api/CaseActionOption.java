package org.yichuang.core.api;

import org.yichuang.core.cases.CaseAction;

/** An action the caller may take on the case now, with its Chinese label (a button). */
public record CaseActionOption(CaseAction action, String label) {
}
