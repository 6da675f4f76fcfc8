package org.yichuang.core.identity;

import java.time.LocalDate;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A validated identity-document number (证件号码) of a natural person, one value type per {@link DocumentType}.
 * Client and server both call {@link #parse}, so a number the counter accepts is one the server stores.
 */
public sealed interface DocumentNumber permits ResidentIdNumber, HkMacaoPermitNumber, TaiwanPermitNumber,
        ResidencePermitNumber, ForeignResidenceIdNumber, PassportNumber {

    /** Returns the document type the number was validated for. */
    DocumentType type();

    /** Returns the number in its stored form: ASCII, upper case, without blanks. */
    String value();

    /** Returns the number masked for anything the public can see. */
    default String masked() {
        return Masking.documentNumber(value());
    }

    /**
     * Validates {@code raw} as a number of {@code type}, after tidying it (full-width characters, blanks, lower
     * case: see {@link DocumentText}).
     *
     * @param today the hall's date, to refuse birth dates in the future
     * @throws DomainException {@code DOCUMENT_TYPE_REQUIRED}, {@code FIELD_REQUIRED}, {@code DOCUMENT_TYPE_MISMATCH}
     *                         or the type's own format, birth-date or checksum code
     */
    static DocumentNumber parse(DocumentType type, String raw, LocalDate today) {
        if (type == null) {
            throw new DomainException(ErrorCode.DOCUMENT_TYPE_REQUIRED);
        }
        String s = DocumentText.compact(raw);
        if (s == null || s.isEmpty()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写" + type.label() + "号码。");
        }
        return switch (type) {
            case RESIDENT_ID -> ResidentIdNumber.parse(s, today);
            case HK_MACAO_PERMIT -> HkMacaoPermitNumber.parse(s);
            case TAIWAN_PERMIT -> TaiwanPermitNumber.parse(s);
            case HMT_RESIDENCE_PERMIT -> ResidencePermitNumber.parse(s, today);
            case FOREIGN_PERMANENT_RESIDENCE -> ForeignResidenceIdNumber.parse(s, today);
            case PASSPORT -> PassportNumber.parse(s);
        };
    }
}
