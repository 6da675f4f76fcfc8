package org.yichuang.catalogio.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.yichuang.catalogio.testing.SyntheticWords.Action;
import org.yichuang.catalogio.testing.SyntheticWords.Department;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.Fee;
import org.yichuang.core.catalog.ItemType;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.catalog.TimeLimit;

/**
 * Generates large, valid, realistic catalogs for benchmarks (the server's import, the client's search): Chinese names
 * built from department, subject and action words, valid 31-character implementation codes on valid credit codes,
 * 3–8 materials per item, and a 一件事 bundle per hundred items. The same count and seed give the same catalog.
 */
public final class SyntheticCatalog {
    /** The fictional county of the demo catalog (not an assigned GB/T 2260 code). */
    private static final String REGION = "450128";
    private static final int MAX_ITEMS = 1_000_000;

    private final Random random;
    private final List<String> creditCodes = new ArrayList<>();
    private final SyntheticMaterials materials;

    private SyntheticCatalog(long seed) {
        random = new Random(seed);
        materials = new SyntheticMaterials(random);
        for (int d = 0; d < SyntheticWords.DEPARTMENTS.size(); d++) {
            creditCodes.add(SyntheticCreditCodes.organ(REGION, 160_000 + 1_013 * d + Math.floorMod(seed, 997)));
        }
    }

    /** Returns a catalog of {@code itemCount} items (at most a million) that passes every catalog rule. */
    public static CatalogDocument generate(int itemCount, long seed) {
        if (itemCount < 0 || itemCount > MAX_ITEMS) {
            throw new IllegalArgumentException("itemCount must be 0.." + MAX_ITEMS + ": " + itemCount);
        }
        return new SyntheticCatalog(seed).catalog(itemCount, seed);
    }

    private CatalogDocument catalog(int itemCount, long seed) {
        List<int[]> names = nameCombinations();
        List<ServiceItem> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            int[] combination = names.get(i % names.size());
            String variant = i < names.size() ? "" : "（" + SyntheticWords.REGION_VARIANTS.get(
                    (i / names.size() - 1) % SyntheticWords.REGION_VARIANTS.size()) + "）";
            items.add(item(i, combination[0], combination[1], combination[2], variant));
        }
        return new CatalogDocument(CatalogDocument.FORMAT_VERSION,
                "示范县合成事项库（" + itemCount + " 项，种子 " + seed + "）", items, bundles(items));
    }

    /** Every department × subject × action, shuffled, so the first few thousand names are all different. */
    private List<int[]> nameCombinations() {
        List<int[]> out = new ArrayList<>();
        for (int d = 0; d < SyntheticWords.DEPARTMENTS.size(); d++) {
            for (int s = 0; s < SyntheticWords.DEPARTMENTS.get(d).subjects().size(); s++) {
                for (int a = 0; a < SyntheticWords.ACTIONS.size(); a++) {
                    out.add(new int[] {d, s, a});
                }
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    private ServiceItem item(int index, int d, int s, int a, String variant) {
        Department department = SyntheticWords.DEPARTMENTS.get(d);
        String subject = department.subjects().get(s);
        Action action = SyntheticWords.ACTIONS.get(a);
        ItemType type = action.type();
        String baseCode = (random.nextInt(3) == 0 ? "00" : "45") + type.code()
                + String.format("%05d", index % 100_000) + String.format("%03d", index / 100_000);
        boolean immediate = type == ItemType.PUBLIC_SERVICE || random.nextInt(100) < 12;
        boolean deferral = !immediate && random.nextInt(100) < 25;
        TimeLimit statutory = statutory();
        TimeLimit promised = immediate ? immediatePromise(statutory) : promised(statutory);
        return new ServiceItem(baseCode, creditCodes.get(d) + "4" + baseCode, subject + action.suffix() + variant,
                type, "示范县" + department.name(), creditCodes.get(d), legalBasis(), statutory, promised,
                immediate ? CaseKind.IMMEDIATE : CaseKind.PROMISED,
                "申请人具有相应的民事行为能力；" + subject + "符合有关法律法规规定的条件。", steps(immediate),
                fee(type), serviceObjects(), channels(), immediate ? 1 : random.nextInt(3), procedures(immediate),
                resultName(subject, type), delivery(), deferral, contacts(d),
                materials.forItem(subject, deferral, 3 + random.nextInt(6)));
    }

    private TimeLimit statutory() {
        if (random.nextInt(10) == 0) {
            return new TimeLimit(List.of(15, 30, 60).get(random.nextInt(3)), LimitUnit.NATURAL_DAYS);
        }
        return TimeLimit.workingDays(List.of(5, 10, 15, 20, 20, 20, 30, 45, 60).get(random.nextInt(9)));
    }

    private TimeLimit promised(TimeLimit statutory) {
        int value = Math.max(1, statutory.value() * (1 + random.nextInt(4)) / 4);
        return new TimeLimit(value, statutory.unit());
    }

    /** 即办件: a few office hours, or 0 in the statutory unit (working and natural days do not compare). */
    private TimeLimit immediatePromise(TimeLimit statutory) {
        return random.nextInt(4) == 0 ? new TimeLimit(2 + 2 * random.nextInt(2), LimitUnit.HOURS)
                : new TimeLimit(0, statutory.unit());
    }

    private String legalBasis() {
        List<String> laws = SyntheticWords.LAWS;
        return "《中华人民共和国" + laws.get(random.nextInt(laws.size())) + "》第" + (5 + random.nextInt(60)) + "条";
    }

    private List<String> steps(boolean immediate) {
        return immediate ? List.of("收件", "受理", "办结") : List.of("收件", "受理", "审查", "决定", "送达");
    }

    private Fee fee(ItemType type) {
        if (type != ItemType.LEVY && random.nextInt(100) >= 6) {
            return Fee.FREE;
        }
        long fen = List.of(1000L, 1500L, 5000L, 8000L, 55000L).get(random.nextInt(5));
        return Fee.of(fen, "《广西壮族自治区物价局关于行政事业性收费标准的通知》（桂价费〔2019〕" + (10 + random.nextInt(80))
                + "号）");
    }

    private Set<ServiceObject> serviceObjects() {
        Set<ServiceObject> out = EnumSet.noneOf(ServiceObject.class);
        for (ServiceObject o : ServiceObject.values()) {
            if (random.nextInt(3) == 0) {
                out.add(o);
            }
        }
        if (out.isEmpty()) {
            out.add(random.nextBoolean() ? ServiceObject.NATURAL_PERSON : ServiceObject.ENTERPRISE);
        }
        return out;
    }

    private Set<Channel> channels() {
        Set<Channel> out = EnumSet.of(Channel.COUNTER);
        if (random.nextInt(4) != 0) {
            out.add(Channel.ONLINE_PC);
        }
        if (random.nextBoolean()) {
            out.add(Channel.MOBILE);
        }
        if (random.nextInt(5) == 0) {
            out.add(Channel.EXPRESS);
        }
        return out;
    }

    private List<SpecialProcedure> procedures(boolean immediate) {
        List<SpecialProcedure> out = new ArrayList<>();
        if (immediate) {
            return out;
        }
        int roll = random.nextInt(100);
        if (roll < 6) {
            out.add(new SpecialProcedure(SpecialProcedureKind.EXPERT_REVIEW, true));
        }
        if (roll >= 6 && roll < 10) {
            out.add(new SpecialProcedure(SpecialProcedureKind.SITE_SURVEY, random.nextBoolean()));
        }
        if (roll >= 8 && roll < 11) {
            out.add(new SpecialProcedure(SpecialProcedureKind.TESTING, true));
        }
        if (roll == 99) {
            out.add(new SpecialProcedure(SpecialProcedureKind.HEARING, true));
        }
        return out;
    }

    private static String resultName(String subject, ItemType type) {
        return switch (type) {
            case LICENSING -> subject + "许可证";
            case CONFIRMATION -> subject + "登记证明";
            default -> subject + "办理结果告知书";
        };
    }

    private Set<DeliveryOption> delivery() {
        return random.nextInt(5) < 3 ? EnumSet.of(DeliveryOption.PICK_UP, DeliveryOption.MAIL)
                : EnumSet.of(DeliveryOption.PICK_UP);
    }

    private Contacts contacts(int department) {
        return new Contacts("0771-62" + String.format("%05d", 31200 + department * 7), "12345",
                "周一至周五 上午9:00-12:00 下午13:00-17:00（法定节假日除外）",
                "示范县政务服务中心" + (1 + department % 3) + "楼综合窗口");
    }

    /** A bundle per hundred items (at least one when there are two items), 2–5 distinct members each. */
    private List<ServiceBundle> bundles(List<ServiceItem> items) {
        List<ServiceBundle> out = new ArrayList<>();
        if (items.size() < 2) {
            return out;
        }
        int count = Math.max(1, items.size() / 100);
        for (int b = 0; b < count; b++) {
            Set<ServiceItem> members = new LinkedHashSet<>();
            int size = Math.min(items.size(), 2 + random.nextInt(4));
            while (members.size() < size) {
                members.add(items.get(random.nextInt(items.size())));
            }
            ServiceItem lead = members.iterator().next();
            String theme = SyntheticWords.BUNDLE_THEMES.get(random.nextInt(SyntheticWords.BUNDLE_THEMES.size()));
            out.add(new ServiceBundle(String.format("BUNDLE-S%05d", b + 1), theme + lead.name() + "一件事",
                    "一次申请，同时办理：" + String.join("、", members.stream().map(ServiceItem::name).toList()) + "。",
                    members.stream().map(ServiceItem::implementationCode).toList()));
        }
        return out;
    }
}
