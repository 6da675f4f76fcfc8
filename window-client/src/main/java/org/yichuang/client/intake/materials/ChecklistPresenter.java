package org.yichuang.client.intake.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.intake.MaterialChannel;
import org.yichuang.core.intake.MaterialCheck;

/**
 * State of the materials checklist (材料清单) of the case just received: one {@link MaterialLine} per material of the
 * item version, replaced whole on every change. Holds no widgets; loads the item off the EDT.
 */
public final class ChecklistPresenter extends ObservableModel<ChecklistPresenter.Property> {
    /** Observable properties. */
    public enum Property { CASE, LINES, BUNDLE }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private CaseReceipt receipt;
    /** The 一件事 application whose merged list (一表申报) is checked, or null for a single case. */
    private org.yichuang.core.api.BundleCaseReceipt bundle;
    private List<MaterialLine> lines = List.of();
    private boolean askGenuineIntent;
    private List<org.yichuang.core.intake.CollectionMethod> collectionMethods = List.of();
    private BackgroundTasks.TaskHandle loading;

    /** Creates the presenter. */
    public ChecklistPresenter(HallApi api, BackgroundTasks tasks) {
        this.api = api;
        this.tasks = tasks;
    }

    /** Starts the checklist of a case just received (收件): its item's materials, nothing received yet. */
    public void start(CaseReceipt value) {
        setBundle(null);
        CaseReceipt old = receipt;
        receipt = value;
        fire(Property.CASE, old, receipt);
        setLines(List.of());
        if (loading != null) {
            loading.cancel();
        }
        String code = value.itemCode();
        String caseNo = value.caseNo();
        loading = tasks.submit(() -> {
            org.yichuang.core.catalog.ServiceItem item = api.getItem(code).item();
            // the server's checklist for this case: the item version's, with the 授权委托书 when an agent applies
            List<org.yichuang.core.catalog.MaterialRequirement> list = api.intakeOptions(caseNo,
                    new org.yichuang.core.api.IntakeSubmission(null, null, null, List.of(), false, false, null, null,
                            null, null, null)).checklist();
            return new Loaded(item.askGenuineIntent(), list.isEmpty() ? item.materials() : list,
                    org.yichuang.core.intake.CollectionMethod.allowedFor(item));
        }, this::fill);
    }

    /**
     * Starts the merged checklist (一表申报) of a 一件事 application just received: the server's merged list for the
     * parent (a material several members ask for once; the 授权委托书 once when an agent applies); the genuine-intent
     * question when any member asks it.
     */
    public void startBundle(org.yichuang.core.api.BundleCaseReceipt value) {
        setBundle(value);
        CaseReceipt old = receipt;
        receipt = new CaseReceipt(value.parentCaseNo(), value.bundleCode(), value.bundleName(), null, null,
                value.bundleLimit(), value.applicantName(), value.applicantIdNumberMasked(), value.receivedAt(),
                value.counterNo(), value.counterName(), value.hallName(), value.staffName());
        fire(Property.CASE, old, receipt);
        setLines(List.of());
        if (loading != null) {
            loading.cancel();
        }
        String parent = value.parentCaseNo();
        List<String> codes = value.children().stream().map(org.yichuang.core.api.BundleChildReceipt::itemCode)
                .toList();
        loading = tasks.submit(() -> {
            boolean ask = false;
            for (String code : codes) {
                ask |= api.getItem(code).item().askGenuineIntent();
            }
            // a 一件事's children take each their item's first 领取方式 (the server's default)
            return new Loaded(ask, api.intakeOptions(parent, new org.yichuang.core.api.IntakeSubmission(null, null,
                    null, List.of(), false, false, null, null, null, null, null)).checklist(), List.of());
        }, this::fill);
    }

    /** Returns the 一件事 application being checked, or null for a single case. */
    public org.yichuang.core.api.BundleCaseReceipt bundle() {
        return bundle;
    }

    private void setBundle(org.yichuang.core.api.BundleCaseReceipt value) {
        org.yichuang.core.api.BundleCaseReceipt old = bundle;
        bundle = value;
        fire(Property.BUNDLE, old, value);
    }

    private record Loaded(boolean askGenuineIntent, List<org.yichuang.core.catalog.MaterialRequirement> materials,
            List<org.yichuang.core.intake.CollectionMethod> collectionMethods) {
    }

    private void fill(Loaded loaded) {
        loading = null;
        askGenuineIntent = loaded.askGenuineIntent();
        collectionMethods = loaded.collectionMethods();
        setLines(loaded.materials().stream().map(MaterialLine::of).toList());
    }

    /** Returns the 领取方式 the item offers (core CollectionMethod.allowedFor), the first being the default. */
    public List<org.yichuang.core.intake.CollectionMethod> collectionMethods() {
        return collectionMethods;
    }

    /** Returns true when the item wants the applicant's genuine intent asked (老年人权益保障法 Art. 55). */
    public boolean asksGenuineIntent() {
        return askGenuineIntent;
    }

    /** Forgets the case and its checklist (下一位). */
    public void clear() {
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        setBundle(null);
        CaseReceipt old = receipt;
        receipt = null;
        collectionMethods = List.of();
        fire(Property.CASE, old, null);
        setLines(List.of());
    }

    /** Returns the case whose materials are checked, or null. */
    public CaseReceipt receipt() {
        return receipt;
    }

    /** Returns the case number, or null. */
    public String caseNo() {
        return receipt == null ? null : receipt.caseNo();
    }

    /** Returns the lines in the item's order. */
    public List<MaterialLine> lines() {
        return lines;
    }

    /** Returns the checklist as core's rules read it. */
    public List<MaterialCheck> checks() {
        return lines.stream().map(MaterialLine::check).toList();
    }

    /** Returns the row of the material with this name, or -1. */
    public int rowOf(String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces one line with what {@code change} makes of it. */
    public void update(int row, UnaryOperator<MaterialLine> change) {
        if (row < 0 || row >= lines.size()) {
            return;
        }
        MaterialLine now = change.apply(lines.get(row));
        if (now.equals(lines.get(row))) {
            return;
        }
        List<MaterialLine> copy = new ArrayList<>(lines);
        copy.set(row, now);
        setLines(List.copyOf(copy));
    }

    /** Space: received or not. */
    public void toggleReceived(int row) {
        update(row, l -> l.withReceived(!l.received()));
    }

    /** Marks every applicable material received on paper (Ctrl+A on the checklist: the common case). */
    public void receiveAll() {
        List<MaterialLine> copy = lines.stream().map(l -> l.conditional() && !l.applies() ? l : l.withReceived(true))
                .toList();
        if (!copy.equals(lines)) {
            setLines(copy);
        }
    }

    /** The condition of a conditional material applies or not (适用). */
    public void toggleApplies(int row) {
        update(row, l -> l.conditional() ? l.withApplies(!l.applies()) : l);
    }

    /** 纸质 → 共享获取 → 电子 → 纸质. */
    public void cycleChannel(int row) {
        update(row, l -> l.withChannel(MaterialChannel.values()[(l.channel().ordinal() + 1)
                % MaterialChannel.values().length]));
    }

    /** 原件已核验并退还. */
    public void toggleOriginalVerified(int row) {
        update(row, l -> l.withOriginalVerified(!l.originalVerified()));
    }

    private void setLines(List<MaterialLine> value) {
        List<MaterialLine> old = lines;
        lines = value;
        fire(Property.LINES, old, lines);
    }
}
