package org.yichuang.core.api;

import java.time.LocalDate;

/**
 * One transition of a case (受理, 开始审查, 暂停计时, ...). The idempotency key (提交编号) is fresh for each press of a
 * button: the same key with the same content answers the same result.
 *
 * @param action       action code, e.g. {@code ACCEPT}
 * @param kind         special procedure kind for a suspension (听证, 检验, ...)
 * @param approver     the 负责人 who approved an extension
 * @param workingDays  extension length; null for the default
 */
public record CaseTransitionCommand(String action, String idempotencyKey, String reason, String kind,
        LocalDate startedOn, LocalDate endedOn, String approver, Integer workingDays) {
}
