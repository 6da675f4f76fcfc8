package org.yichuang.core.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yichuang.core.catalog.BundleMaterials;
import org.yichuang.core.catalog.MaterialNames;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRules;
import org.yichuang.core.intake.MaterialCheck;

/**
 * The intake of a 一件事 application: the clerk ticks the merged material list (一表申报, {@link BundleMaterials}) once
 * and decides one outcome for the application; this maps both onto each child.
 *
 * <ul>
 *   <li>Checklist: the merged list must name every merged material exactly once (by its name as merged, compared as
 *       {@link MaterialNames#key} does). Each child gets one line per material of its own item, under the item's own
 *       spelling of the name, with the merged line's status, channel and counts: a material handed in once serves every
 *       member that asks for it.</li>
 *   <li>Outcome: every child takes the application's outcome, except that under 容缺受理 (ACCEPT_DEFERRED) and 一次性告知
 *       (NEEDS_SUPPLEMENT) a child whose own materials are all in is accepted (ACCEPT): 许可法 Art. 32(5) wants a
 *       complete application accepted, and holding it back for another department's paper would break that. Core's
 *       IntakeRules then judge each child as a single case; one refusal refuses the application.</li>
 * </ul>
 */
public final class BundleChecklist {
    private BundleChecklist() {
    }

    /** One child's share: its outcome and its checklist. */
    public record ChildIntake(IntakeOutcome outcome, List<MaterialCheck> materials) {
        /** Copies the list. */
        public ChildIntake {
            materials = List.copyOf(materials);
        }
    }

    /** The merged list the clerk ticks, for the members in bundle order. */
    public static List<MergedMaterial> merged(List<ServiceItem> members) {
        return BundleMaterials.merge(members);
    }

    /**
     * The members as an application's intake judges them: each item's checklist as core's IntakeRules want it for
     * a single case, so with an agent (代理人) every member asks for the 授权委托书 — and the merged list asks once.
     */
    public static List<ServiceItem> asChecked(List<ServiceItem> members, boolean agent) {
        return members.stream().map(i -> i.withMaterials(IntakeRules.checklist(i, agent))).toList();
    }

    /**
     * Splits the application's checklist and outcome onto the members (in bundle order).
     *
     * @throws DomainException BUNDLE_INTAKE_CHECKLIST_MISMATCH naming the material (unknown, twice or missing);
     *                         INTAKE_DEFERRAL_NOT_ALLOWED / INTAKE_NOTHING_TO_SUPPLEMENT for 容缺 / 一次性告知 with
     *                         nothing outstanding in any member
     */
    public static List<ChildIntake> split(List<ServiceItem> members, IntakeOutcome outcome,
            List<MaterialCheck> lines) {
        Map<String, String> mergedNames = new LinkedHashMap<>();
        for (MergedMaterial m : merged(members)) {
            mergedNames.put(MaterialNames.key(m.material().name()), m.material().name());
        }
        Map<String, MaterialCheck> byKey = new HashMap<>();
        for (MaterialCheck c : lines) {
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new DomainException(ErrorCode.BUNDLE_INTAKE_CHECKLIST_MISMATCH, "合并材料清单中有一项没有材料名称。");
            }
            String key = MaterialNames.key(c.name());
            if (!mergedNames.containsKey(key)) {
                throw new DomainException(ErrorCode.BUNDLE_INTAKE_CHECKLIST_MISMATCH,
                        "本一件事的合并材料清单中没有“" + c.name() + "”。");
            }
            if (byKey.put(key, c) != null) {
                throw new DomainException(ErrorCode.BUNDLE_INTAKE_CHECKLIST_MISMATCH, "材料“" + c.name() + "”登记了两次。");
            }
        }
        for (Map.Entry<String, String> e : mergedNames.entrySet()) {
            if (!byKey.containsKey(e.getKey())) {
                throw new DomainException(ErrorCode.BUNDLE_INTAKE_CHECKLIST_MISMATCH,
                        "合并材料清单缺少“" + e.getValue() + "”：请逐项登记是否收取。");
            }
        }
        List<ChildIntake> out = new ArrayList<>(members.size());
        for (ServiceItem item : members) {
            List<MaterialCheck> own = new ArrayList<>(item.materials().size());
            boolean outstanding = false;
            for (MaterialRequirement m : item.materials()) {
                MaterialCheck c = byKey.get(MaterialNames.key(m.name()));
                own.add(new MaterialCheck(m.name(), c.status(), c.channel(), c.originalVerified(), c.originals(),
                        c.copies(), c.pages(), c.problem()));
                outstanding |= c.outstanding();
            }
            boolean completeAccepted = !outstanding
                    && (outcome == IntakeOutcome.ACCEPT_DEFERRED || outcome == IntakeOutcome.NEEDS_SUPPLEMENT);
            out.add(new ChildIntake(completeAccepted ? IntakeOutcome.ACCEPT : outcome, own));
        }
        // as for a single case: 容缺 or 一次性告知 on a complete application would be an accept under another name
        if ((outcome == IntakeOutcome.ACCEPT_DEFERRED || outcome == IntakeOutcome.NEEDS_SUPPLEMENT)
                && out.stream().allMatch(c -> c.outcome() == IntakeOutcome.ACCEPT)) {
            throw outcome == IntakeOutcome.ACCEPT_DEFERRED
                    ? new DomainException(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED, "材料已齐全，应当直接受理，无需容缺。")
                    : new DomainException(ErrorCode.INTAKE_NOTHING_TO_SUPPLEMENT,
                            "材料清单中没有未提交或不符合要求的材料，不能出具一次性告知书。");
        }
        return out;
    }
}
