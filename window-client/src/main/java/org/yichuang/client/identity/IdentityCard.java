package org.yichuang.client.identity;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Optional;
import org.yichuang.core.identity.DocumentType;

/**
 * What a card reader read from an identity document (证件信息), whatever the channel. Personal data: never log it,
 * never keep it after the next applicant is called; {@link #toString()} names only the kind of card.
 *
 * @param documentType   the document the number belongs to
 * @param number         the document number as read (18 characters for resident IDs, normalised to upper case)
 * @param name           the name in Chinese (for a foreigner's card the Chinese name when there is one)
 * @param englishName    the English name of a foreigner's card; null otherwise
 * @param sex            性别 as printed (男/女), null when the card does not say
 * @param ethnicity      民族 as printed without 族 (e.g. 汉), the raw code when unknown, null when none
 * @param birthDate      出生日期; null when the card has none (social-security cards may omit it)
 * @param address        住址; null when none
 * @param issuer         签发机关 (or 受理机关代码); null when none
 * @param validFrom      有效期起; null when none
 * @param validUntil     有效期止; null for 长期 or when none
 * @param longTerm       whether the validity is 长期
 * @param nationality    国籍 (GB/T 2659 alpha-3) of a foreigner's card; null otherwise
 * @param cardKind       the card it came from
 * @param photo          the decoded photo, only when a vendor decoder is configured; kept in memory only
 */
public record IdentityCard(DocumentType documentType, String number, String name, String englishName, String sex,
        String ethnicity, LocalDate birthDate, String address, String issuer, LocalDate validFrom,
        LocalDate validUntil, boolean longTerm, String nationality, CardKind cardKind,
        Optional<BufferedImage> photo) {

    /** Whether the card's validity has ended before {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return !longTerm && validUntil != null && validUntil.isBefore(today);
    }

    /** Names only the kind of card: the rest is personal data. */
    @Override
    public String toString() {
        return "IdentityCard[" + cardKind + "]";
    }
}
