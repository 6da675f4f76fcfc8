package org.yichuang.catalogio.testing;

import java.util.List;
import org.yichuang.core.catalog.ItemType;

/** The word lists synthetic items are built from: real department, subject and action words of 实施清单. */
final class SyntheticWords {
    private SyntheticWords() {
    }

    /** A county department and the subjects its items are about. */
    record Department(String name, List<String> subjects) {
    }

    /** An action that turns a subject into an item name, and the item type it makes. */
    record Action(String suffix, ItemType type) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("市场监督管理局", List.of("食品经营", "食品生产", "药品零售", "医疗器械经营", "特种设备使用",
                    "计量器具", "广告发布", "个体工商户", "农民专业合作社", "企业名称")),
            new Department("卫生健康局", List.of("公共场所卫生", "医疗机构执业", "医师执业", "护士执业", "母婴保健技术服务",
                    "放射诊疗", "饮用水供水单位卫生", "消毒产品生产企业卫生")),
            new Department("自然资源局", List.of("建设用地规划", "国有建设用地使用权", "采矿权", "探矿权", "测绘资质",
                    "乡村建设规划")),
            new Department("住房和城乡建设局", List.of("建筑工程施工", "商品房预售", "建筑业企业资质", "房地产开发企业资质",
                    "城镇污水排入排水管网", "燃气经营")),
            new Department("交通运输局", List.of("道路旅客运输经营", "道路货物运输经营", "出租汽车经营", "机动车维修经营",
                    "驾驶员培训", "公路超限运输")),
            new Department("农业农村局", List.of("农药经营", "兽药经营", "种子生产经营", "动物防疫条件", "渔业捕捞",
                    "生鲜乳收购站")),
            new Department("水利局", List.of("取水", "河道管理范围内建设项目", "水土保持方案", "洪水影响评价", "河道采砂")),
            new Department("生态环境局", List.of("建设项目环境影响评价", "排污", "危险废物经营", "辐射安全", "固体废物转移")),
            new Department("教育局", List.of("民办学校办学", "教师资格", "校外培训机构", "幼儿园办园")),
            new Department("民政局", List.of("社会团体", "民办非企业单位", "养老机构", "殡葬服务", "婚姻", "最低生活保障")),
            new Department("人力资源和社会保障局", List.of("人力资源服务", "劳务派遣经营", "社会保险", "职业技能等级",
                    "失业保险金", "就业创业证")),
            new Department("文化广电和旅游局", List.of("营业性演出", "娱乐场所", "网吧经营", "旅行社", "艺术品经营",
                    "出版物零售")),
            new Department("应急管理局", List.of("危险化学品经营", "烟花爆竹经营", "非煤矿山安全生产", "安全评价机构")),
            new Department("林业局", List.of("林木采伐", "林草种子生产经营", "使用林地", "野生动物人工繁育")),
            new Department("公安局", List.of("居民身份证", "户口迁移", "犬只", "旅馆业特种行业", "公章刻制业特种行业",
                    "大型群众性活动安全")),
            new Department("医疗保障局", List.of("医疗保险参保", "异地就医备案", "医疗救助", "定点医药机构")),
            new Department("发展和改革局", List.of("企业投资项目", "政府投资项目", "价格认定", "粮食收购")),
            new Department("商务局", List.of("二手车交易市场", "单用途预付卡", "对外贸易经营者", "报废机动车回收")),
            new Department("城市管理局", List.of("城市建筑垃圾处置", "户外广告设施", "占用城市道路", "城市绿地", "市政设施")),
            new Department("退役军人事务局", List.of("退役士兵安置", "优待证", "伤残抚恤", "烈士褒扬")));

    static final List<Action> ACTIONS = List.of(
            new Action("许可", ItemType.LICENSING), new Action("许可证核发", ItemType.LICENSING),
            new Action("许可（新办）", ItemType.LICENSING), new Action("许可（变更）", ItemType.LICENSING),
            new Action("许可（延续）", ItemType.LICENSING), new Action("许可（注销）", ItemType.LICENSING),
            new Action("许可证补办", ItemType.LICENSING), new Action("审批", ItemType.LICENSING),
            new Action("登记", ItemType.CONFIRMATION), new Action("登记（变更）", ItemType.CONFIRMATION),
            new Action("备案", ItemType.CONFIRMATION), new Action("认定", ItemType.CONFIRMATION),
            new Action("信息查询", ItemType.PUBLIC_SERVICE), new Action("证明开具", ItemType.PUBLIC_SERVICE),
            new Action("业务咨询", ItemType.PUBLIC_SERVICE), new Action("档案查询", ItemType.PUBLIC_SERVICE),
            new Action("补贴申领", ItemType.BENEFIT), new Action("年度报告公示", ItemType.OTHER_POWER),
            new Action("费征收", ItemType.LEVY));

    static final List<String> REGION_VARIANTS = List.of("城区", "乡镇", "工业园区", "开发区", "跨区域");

    static final List<String> LAWS = List.of("行政许可法", "食品安全法", "药品管理法", "道路运输条例", "建筑法",
            "城乡规划法", "水法", "环境保护法", "教育法", "社会保险法", "安全生产法", "森林法", "治安管理处罚法",
            "城市市容和环境卫生管理条例", "公共场所卫生管理条例", "民办教育促进法", "旅行社条例", "娱乐场所管理条例");

    static final List<String> BUNDLE_THEMES = List.of("开办", "变更", "注销", "迁移", "扩建", "年检");
}
