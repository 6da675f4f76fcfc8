package org.yichuang.client.search;

/**
 * How well one query word matched an entry, best first. An entry's score is the sum of its words' tiers
 * ({@link #ordinal()}), so a query of two words that both hit names beats one where a word only hit the department.
 */
public enum MatchTier {
    /** The word is the implementation code (实施编码), base code (基本编码) or bundle code. */
    EXACT_CODE,
    /** A code starts with the word (a clerk typing a code from a form). */
    CODE_PREFIX,
    /** The word is the whole name or one of the short names (简称): 医保 means the item called so, not 医保异地. */
    EXACT_NAME,
    /** The name (事项名称) or a short name starts with the word. */
    NAME_PREFIX,
    /** The pinyin initials of the name start with the word ({@code ggcs} → 公共场所卫生许可证核发). */
    INITIALS_PREFIX,
    /** The full pinyin of the name, without tones, starts with the word ({@code gonggongchangsuo}). */
    PINYIN_PREFIX,
    /** The name contains the word. */
    NAME_CONTAINS,
    /** The initials contain the word, or the full pinyin contains it from the start of a syllable. */
    PINYIN_CONTAINS,
    /** A code contains the word (part of a base code, e.g. {@code 104002}). */
    CODE_CONTAINS,
    /** The department (实施主体) or its usual short form (市场监管局), as text, initials or full pinyin. */
    DEPARTMENT
}
