package org.yichuang.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Merges the materials of a bundle's items so the applicant hands each one in once (一表申报). */
public final class BundleMaterials {
    private BundleMaterials() {
    }

    /** Returns the merged list in first-seen order; materials fetched by data sharing are kept too. */
    public static List<MergedMaterial> merge(List<ServiceItem> items) {
        return merge(items, item -> true);
    }

    /**
     * Returns the merged list as a hall publishes it: a material stays deferrable only when every item it serves
     * offers 容缺 at this hall ({@link ServiceItem#offersDeferral}), so a risky member never lends its materials a mark.
     */
    public static List<MergedMaterial> merge(List<ServiceItem> items, boolean riskyItemsMayDefer) {
        return merge(items, item -> item.offersDeferral(riskyItemsMayDefer));
    }

    private static List<MergedMaterial> merge(List<ServiceItem> items, Predicate<ServiceItem> defers) {
        Map<String, MaterialRequirement> merged = new LinkedHashMap<>();
        Map<String, List<String>> servedItems = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            boolean itemDefers = defers.test(item);
            for (MaterialRequirement stored : item.materials()) {
                MaterialRequirement m = itemDefers || !stored.deferrable() ? stored : notDeferrable(stored);
                String key = MaterialNames.key(m.name());
                merged.merge(key, m, BundleMaterials::stricter);
                List<String> served = servedItems.computeIfAbsent(key, k -> new ArrayList<>());
                if (!served.contains(item.implementationCode())) {
                    served.add(item.implementationCode());
                }
            }
        }
        List<MergedMaterial> out = new ArrayList<>();
        merged.forEach((key, m) -> out.add(new MergedMaterial(m, servedItems.get(key))));
        return out;
    }

    private static MaterialRequirement notDeferrable(MaterialRequirement m) {
        return new MaterialRequirement(m.name(), m.kind(), m.originals(), m.copies(), m.paperSize(),
                m.sealOrSignature(), m.source(), m.required(), m.condition(), false, m.sampleRef(), m.notes(), null);
    }

    private static MaterialRequirement stricter(MaterialRequirement a, MaterialRequirement b) {
        boolean required = a.required() || b.required();
        MaterialKind kind = a.kind().neverDeferrable() ? a.kind() : b.kind();
        return new MaterialRequirement(a.name(), kind, Math.max(a.originals(), b.originals()),
                Math.max(a.copies(), b.copies()), a.paperSize() != null ? a.paperSize() : b.paperSize(),
                a.sealOrSignature() != null ? a.sealOrSignature() : b.sealOrSignature(), a.source(), required,
                required ? null : joinConditions(a.condition(), b.condition()),
                a.deferrable() && b.deferrable(), a.sampleRef() != null ? a.sampleRef() : b.sampleRef(),
                joinConditions(a.notes(), b.notes()), a.deferrable() && b.deferrable()
                        ? shorter(a.supplementDays(), b.supplementDays()) : null);
    }

    /** The shorter supplement period: a shared deferred material is due when the strictest member wants it. */
    private static Integer shorter(Integer a, Integer b) {
        if (a == null || b == null) {
            // not a nested conditional: with Math.min's int in it, Java would unbox a null operand
            return a == null ? b : a;
        }
        return Math.min(a, b);
    }

    /**
     * Joins two “；”-separated texts keeping each part once, in first-seen order: merging three items that give the
     * same note must print it once, not once per item.
     */
    private static String joinConditions(String a, String b) {
        Set<String> parts = new LinkedHashSet<>();
        for (String text : new String[] {a, b}) {
            if (text != null) {
                for (String part : text.split("；")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }
}
