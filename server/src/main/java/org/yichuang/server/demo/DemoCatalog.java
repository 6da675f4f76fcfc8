package org.yichuang.server.demo;

import static org.yichuang.core.catalog.CaseKind.IMMEDIATE;
import static org.yichuang.core.catalog.CaseKind.PROMISED;

import java.util.ArrayList;
import java.util.List;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.server.catalog.ItemRow;

/**
 * The demo county's service items (政务服务事项). Departments carry made-up but checksum-valid unified social
 * credit codes (GB 32100) in the fictional division 330122; implementation codes follow RULES.md §4.4.
 */
public final class DemoCatalog {
    /** County level (行使层级 4 = 县). */
    static final String LEVEL = "4";

    private record Department(String name, String creditCode) {
    }

    private static final Department HEALTH = new Department("示范县卫生健康局", "11330122002753014M");
    private static final Department MARKET = new Department("示范县市场监督管理局", "11330122002753022G");
    private static final Department REAL_ESTATE = new Department("示范县不动产登记中心", "12330122428753038P");
    private static final Department HR = new Department("示范县人力资源和社会保障局", "113301220027530498");
    private static final Department FUND = new Department("示范县住房公积金中心", "12330122428753054D");
    private static final Department CIVIL = new Department("示范县民政局", "11330122002753065X");
    private static final Department POLICE = new Department("示范县公安局", "11330122002753073Q");
    private static final Department TRANSPORT = new Department("示范县交通运输局", "11330122002753081K");
    private static final Department EDUCATION = new Department("示范县教育局", "1133012200275309XB");
    private static final Department MEDICAL = new Department("示范县医疗保障局", "113301220027531024");

    private DemoCatalog() {
    }

    /** Returns the items, each with its 12-char base code and 31-char implementation code. */
    public static List<ItemRow> items() {
        List<ItemRow> items = new ArrayList<>();
        items.add(item(HEALTH, "000101801000", "公共场所卫生许可证核发", PROMISED, 20, 5));
        items.add(item(HEALTH, "000101803000", "医师执业注册", PROMISED, 20, 10));
        items.add(item(HEALTH, "000101804000", "护士执业注册", PROMISED, 20, 7));
        items.add(item(MARKET, "000104002000", "食品经营许可", PROMISED, 20, 10));
        items.add(item(MARKET, "000104003000", "企业设立登记", PROMISED, 15, 1));
        items.add(item(MARKET, "000104004000", "个体工商户设立登记", PROMISED, 15, 1));
        items.add(item(REAL_ESTATE, "000701201000", "不动产首次登记", PROMISED, 30, 5));
        items.add(item(REAL_ESTATE, "000701202000", "不动产转移登记", PROMISED, 30, 3));
        items.add(item(HR, "002002901000", "社会保障卡申领", IMMEDIATE, 1, 0));
        items.add(item(HR, "000502902000", "失业保险金申领", PROMISED, 20, 5));
        items.add(item(FUND, "002003101000", "住房公积金提取", IMMEDIATE, 3, 0));
        items.add(item(FUND, "002003102000", "住房公积金个人住房贷款", PROMISED, 15, 10));
        items.add(item(CIVIL, "000702701000", "内地居民婚姻登记", IMMEDIATE, 1, 0));
        items.add(item(CIVIL, "000502702000", "最低生活保障金给付", PROMISED, 30, 20));
        items.add(item(POLICE, "000702301000", "户口迁移（户籍迁入）", PROMISED, 20, 10));
        items.add(new ItemRow(0, POLICE.creditCode() + LEVEL + "002002302000", "002002302000", "居民身份证申领",
                POLICE.name(), POLICE.creditCode(), LEVEL, PROMISED, 60, LimitUnit.NATURAL_DAYS, 20,
                LimitUnit.NATURAL_DAYS, true));
        items.add(item(TRANSPORT, "000103401000", "道路货物运输经营许可", PROMISED, 20, 10));
        items.add(item(TRANSPORT, "000103402000", "出租汽车驾驶员从业资格证核发", PROMISED, 20, 5));
        items.add(item(EDUCATION, "000703301000", "教师资格认定", PROMISED, 30, 20));
        items.add(item(EDUCATION, "000103302000", "民办学校办学许可", PROMISED, 60, 30));
        items.add(item(MEDICAL, "002004401000", "基本医疗保险参保登记", IMMEDIATE, 1, 0));
        items.add(item(MEDICAL, "002004402000", "异地就医备案", IMMEDIATE, 1, 0));
        return items;
    }

    private static ItemRow item(Department d, String baseCode, String name, CaseKind kind, int statutory,
            int promised) {
        return new ItemRow(0, d.creditCode() + LEVEL + baseCode, baseCode, name, d.name(), d.creditCode(), LEVEL,
                kind, statutory, LimitUnit.WORKING_DAYS, promised, LimitUnit.WORKING_DAYS, true);
    }
}
