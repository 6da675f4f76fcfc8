package org.yichuang.server.cases;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.person.Applicant;
import org.yichuang.core.text.Remarks;

/**
 * Checks a submitted case with the rules in {@code core} — the same value types the counter's form uses, so the
 * client never offers what the server refuses; the first broken rule is thrown.
 */
public final class NewCaseValidator {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    /**
     * Validates and normalises the request.
     *
     * @param today the hall's current date, for birth dates in the future
     */
    public ValidCase validate(NewCase request, LocalDate today) {
        if (request.idempotencyKey() == null || !KEY.matcher(request.idempotencyKey()).matches()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "缺少提交编号（1–100 个可见 ASCII 字符）。");
        }
        if (request.itemCode() == null || request.itemCode().isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择办理事项。");
        }
        // every kind of applicant and the agent, by the rules the counter's form applies (issue 10)
        Applicant applicant = Applicant.of(request.applicant(), today);
        Remarks remarks = Remarks.parseOptional(request.remarks());
        return new ValidCase(request.idempotencyKey(), request.itemCode().strip(), applicant,
                Remarks.valueOf(remarks));
    }
}
