package org.yichuang.server.cases;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.person.PersonName;

/** Checks a submitted case with the rules in {@code core}; the first broken rule is thrown. */
public final class NewCaseValidator {
    /** The longest remark (备注) accepted, in characters. */
    public static final int MAX_REMARKS = 500;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

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
        String phone = phone(applicant.phone());
        String remarks = request.remarks() == null || request.remarks().isEmpty() ? null : request.remarks();
        if (remarks != null && remarks.codePointCount(0, remarks.length()) > MAX_REMARKS) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, "备注过长（最多" + MAX_REMARKS + "个字）。");
        }
        return new ValidCase(request.idempotencyKey(), request.itemCode().strip(), name, id, phone, remarks);
    }

    private static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String phone = raw.strip();
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            throw new DomainException(ErrorCode.PHONE_INVALID);
        }
        return phone;
    }
}
