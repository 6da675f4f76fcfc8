package org.yichuang.client.identity.sam;

import java.util.List;

/** 民族 codes of GB/T 3304-1991 as the resident card stores them ("01" … "56", "97", "98"), shown without 族. */
final class NationCodes {
    private static final List<String> NAMES = List.of("汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依",
            "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜",
            "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
            "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
            "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

    private NationCodes() {
    }

    /** Returns the name for a two-digit code, or the code itself when the table does not know it. */
    static String name(String code) {
        if (code.length() == 2 && isAsciiDigit(code.charAt(0)) && isAsciiDigit(code.charAt(1))) {
            int n = Integer.parseInt(code);
            if (n >= 1 && n <= NAMES.size()) {
                return NAMES.get(n - 1);
            }
            if (n == 97) {
                return "其他";
            }
            if (n == 98) {
                return "外国血统中国籍人士";
            }
        }
        return code;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
