package org.yichuang.core.identity;

import java.util.Map;
import java.util.Optional;

/**
 * The ethnic groups of GB/T 3304 (民族代码): the two-digit code a card carries and the name printed on the card,
 * without 族 (DEVICES.md §1.3). Every card reader maps codes here, so that a card read by SAM and one read over
 * PC/SC show the same name.
 */
public final class Ethnicity {
    private static final String[] NAMES = {
        "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
        "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
        "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
        "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
        "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"};
    private static final Map<String, String> OTHERS = Map.of("97", "其他", "98", "外国血统中国籍人士");

    private Ethnicity() {
    }

    /** Returns the name for a two-digit code ({@code "01"} → 汉), or empty for a code GB/T 3304 does not have. */
    public static Optional<String> name(String code) {
        if (code == null || !code.matches("\\d{2}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(code);
        if (n >= 1 && n <= NAMES.length) {
            return Optional.of(NAMES[n - 1]);
        }
        return Optional.ofNullable(OTHERS.get(code));
    }

    /** Returns the name for the code, or the code itself when it is unknown (shown raw, as DEVICES.md §1.3 asks). */
    public static String nameOrCode(String code) {
        return name(code).orElse(code);
    }
}
