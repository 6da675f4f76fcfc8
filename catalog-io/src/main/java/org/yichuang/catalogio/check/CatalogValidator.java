package org.yichuang.catalogio.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yichuang.core.catalog.BundleRules;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ImplementationCode;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;
import org.yichuang.core.catalog.Violation;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Checks a whole catalog the same way whatever file it came from: {@link ServiceItemRules} for every item, duplicate
 * implementation codes, bundle codes and material names, and bundle members that exist nowhere. Reports through a
 * {@link ProblemLocator}, so a workbook gets sheet/row/column and JSON gets field paths.
 */
public final class CatalogValidator {
    private static final Pattern DEFERRABLE = Pattern.compile("^materials\\[(\\d+)]\\.deferrable$");

    private final ProblemLocator locator;
    private final FailedFields failed;
    private final boolean riskyItemsMayDefer;

    /** Creates a validator that skips what {@code failed} says was already reported while reading. */
    public CatalogValidator(ProblemLocator locator, FailedFields failed) {
        this(locator, failed, false);
    }

    /** As above, under the hall's setting whether items of a risk category may allow 容缺 (RULES.md §2.2). */
    public CatalogValidator(ProblemLocator locator, FailedFields failed, boolean riskyItemsMayDefer) {
        this.locator = locator;
        this.failed = failed;
        this.riskyItemsMayDefer = riskyItemsMayDefer;
    }

    /** Returns every problem of the document; bundle members may also name items in {@code existingItemCodes}. */
    public List<Problem> validate(CatalogDocument document, Set<String> existingItemCodes) {
        List<Problem> out = new ArrayList<>();
        List<ServiceItem> items = document.items();
        Map<String, Integer> firstByCode = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ServiceItem item = items.get(i);
            String code = item.implementationCode();
            if (code != null && !code.isBlank() && !failed.coversItem(i, "implementationCode")) {
                Integer first = firstByCode.putIfAbsent(code, i);
                if (first != null) {
                    out.add(locator.item(i, "implementationCode", ErrorCode.CATALOG_DUPLICATE_CODE,
                            "实施编码“" + code + "”重复，与" + locator.describeItem(first, "implementationCode")
                                    + "相同。"));
                }
            }
            checkItem(i, item, out);
        }
        Set<String> known = new HashSet<>(firstByCode.keySet());
        known.addAll(existingItemCodes);
        checkBundles(document.bundles(), known, out);
        checkBundleMaterials(document, out);
        return out;
    }

    private void checkItem(int index, ServiceItem item, List<Problem> out) {
        Set<String> duplicateNames = duplicateMaterials(index, item.materials(), out);
        for (Violation v : ServiceItemRules.check(item, riskyItemsMayDefer)) {
            if (failed.coversItem(index, v.field()) || inputsOf(v.field()).stream()
                    .anyMatch(input -> failed.coversItem(index, input))) {
                continue;
            }
            // reported above with the row of the first occurrence, under the duplicate code
            if (v.code() == ErrorCode.CATALOG_RULE_VIOLATED && duplicateNames.contains(v.field())) {
                continue;
            }
            out.add(locator.item(index, v.field(), v.code(), v.message()));
        }
    }

    /**
     * The other fields a rule's verdict on {@code field} depends on: when one of them could not be read, the file
     * holds a stand-in there, and a verdict such as “promised exceeds statutory” would be about the stand-in.
     */
    private static List<String> inputsOf(String field) {
        Matcher deferrable = DEFERRABLE.matcher(field);
        if (deferrable.matches()) {
            return List.of("deferralAllowed", "materials[" + deferrable.group(1) + "].kind");
        }
        return switch (field) {
            case "promisedLimit" -> List.of("statutoryLimit");
            case "deferralAllowed" -> List.of("caseKind");
            case "implementationCode" -> List.of("baseCode", "departmentCreditCode");
            default -> List.of();
        };
    }

    private Set<String> duplicateMaterials(int index, List<MaterialRequirement> materials, List<Problem> out) {
        Set<String> paths = new HashSet<>();
        Map<String, Integer> first = new HashMap<>();
        for (int j = 0; j < materials.size(); j++) {
            String name = materials.get(j).name();
            String field = "materials[" + j + "].name";
            if (name.isBlank() || failed.coversItem(index, field)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(materialKey(name), j);
            if (earlier != null) {
                paths.add(field);
                out.add(locator.item(index, field, ErrorCode.CATALOG_DUPLICATE_CODE, "材料“" + name
                        + "”在同一事项中重复，与" + locator.describeItem(index, "materials[" + earlier + "]") + "相同。"));
            }
        }
        return paths;
    }

    /** The same folding core uses to merge materials: full-width forms folded, blanks dropped. */
    private static String materialKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private void checkBundles(List<ServiceBundle> bundles, Set<String> knownItems, List<Problem> out) {
        Map<String, Integer> firstByCode = new HashMap<>();
        for (int b = 0; b < bundles.size(); b++) {
            ServiceBundle bundle = bundles.get(b);
            checkBundleCode(b, bundle.code(), firstByCode, out);
            if ((bundle.name() == null || bundle.name().isBlank()) && !failed.coversBundle(b, "name")) {
                out.add(locator.bundle(b, "name", ErrorCode.CATALOG_FIELD_MISSING, "请填写一件事名称。"));
            }
            if (bundle.itemCodes().isEmpty() && !failed.coversBundle(b, "itemCodes")) {
                out.add(locator.bundle(b, "itemCodes", ErrorCode.CATALOG_FIELD_MISSING, "请填写一件事包含的事项实施编码。"));
            }
            checkMembers(b, bundle.itemCodes(), knownItems, out);
        }
    }

    /** Members asking for what another member produces (BundleRules), with the items of this document. */
    private void checkBundleMaterials(CatalogDocument document, List<Problem> out) {
        Map<String, ServiceItem> byCode = new HashMap<>();
        for (ServiceItem item : document.items()) {
            if (item.implementationCode() != null) {
                byCode.putIfAbsent(item.implementationCode(), item);
            }
        }
        List<ServiceBundle> bundles = document.bundles();
        for (int b = 0; b < bundles.size(); b++) {
            for (Violation v : BundleRules.check(bundles.get(b), byCode)) {
                if (!failed.coversBundle(b, v.field())) {
                    out.add(locator.bundle(b, v.field(), v.code(), v.message()));
                }
            }
        }
    }

    private void checkBundleCode(int b, String code, Map<String, Integer> firstByCode, List<Problem> out) {
        if (failed.coversBundle(b, "code")) {
            return;
        }
        if (code == null || code.isBlank()) {
            out.add(locator.bundle(b, "code", ErrorCode.CATALOG_FIELD_MISSING, "请填写一件事编码。"));
        } else if (!ImplementationCode.isWellFormed(code)) {
            out.add(locator.bundle(b, "code", ErrorCode.CATALOG_VALUE_INVALID,
                    "一件事编码“" + code + "”只能包含字母、数字和连字符，且不超过" + ImplementationCode.MAX_LENGTH + "位。"));
        } else {
            Integer first = firstByCode.putIfAbsent(code, b);
            if (first != null) {
                out.add(locator.bundle(b, "code", ErrorCode.CATALOG_DUPLICATE_CODE,
                        "一件事编码“" + code + "”重复，与" + locator.describeBundle(first) + "相同。"));
            }
        }
    }

    private void checkMembers(int b, List<String> codes, Set<String> knownItems, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < codes.size(); k++) {
            String field = "itemCodes[" + k + "]";
            String code = codes.get(k);
            if (failed.coversBundle(b, field)) {
                continue;
            }
            if (code == null || code.isBlank()) {
                out.add(locator.bundle(b, field, ErrorCode.CATALOG_FIELD_MISSING, "事项实施编码不能为空。"));
            } else if (!seen.add(code)) {
                out.add(locator.bundle(b, field, ErrorCode.CATALOG_DUPLICATE_CODE,
                        "一件事中事项“" + code + "”出现了两次。"));
            } else if (!knownItems.contains(code)) {
                out.add(locator.bundle(b, field, ErrorCode.BUNDLE_ITEM_UNKNOWN,
                        "事项“" + code + "”既不在本文件中，也不在事项库中。"));
            }
        }
    }
}
