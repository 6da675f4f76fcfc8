package org.yichuang.server.cases;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.person.PersonName;
import org.yichuang.core.person.PhoneNumber;
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
        ApplicantInput applicant = request.applicant();
        if (applicant == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写申请人信息。");
        }
        String name = PersonName.validate(applicant.name());
        IdNumber id = IdNumber.parse(applicant.idNumber(), today);
        PhoneNumber phone = PhoneNumber.parseOptional(applicant.phone());
        Remarks remarks = Remarks.parseOptional(request.remarks());
        return new ValidCase(request.idempotencyKey(), request.itemCode().strip(), name, id,
                phone == null ? null : phone.value(), Remarks.valueOf(remarks));
    }
}
