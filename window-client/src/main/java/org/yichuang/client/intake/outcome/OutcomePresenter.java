package org.yichuang.client.intake.outcome;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.yichuang.client.intake.materials.ChecklistPresenter;
import org.yichuang.client.intake.materials.MaterialLine;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Debouncer;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.IntakeOptions;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.intake.IntakeOutcome;

/**
 * State of the outcome (受理结果) step: the outcomes the server says are lawful for the checklist so far (asked again,
 * off the EDT and debounced, whenever the checklist or the signed/asked ticks change), the clerk's draft, and the
 * submission. The server decides (core's IntakeRules); a refusal keeps everything and names the field at fault.
 */
public final class OutcomePresenter extends ObservableModel<OutcomePresenter.Property> {
    /** Observable properties. */
    public enum Property { OPTIONS, OPTIONS_PENDING, DRAFT, SUBMITTING, ERROR, DECIDED, CAN_SUBMIT }

    /**
     * An outcome the server recorded, for the preview and the status line: a single case's lifecycle, or for a
     * 一件事 application its view (children and the derived state); the other is null.
     */
    public record Decided(CaseReceipt receipt, IntakeOutcome outcome, CaseLifecycleView lifecycle,
            org.yichuang.core.api.BundleCaseView bundle) {
        /** Returns the state to show: the case's, or the application's derived from its children. */
        public String stateLabel() {
            return lifecycle != null ? lifecycle.stateLabel() : bundle.stateLabel();
        }
    }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ChecklistPresenter checklist;
    /** Rests the question while the clerk ticks on (a Swing timer in the client: no pool thread waits). */
    private final Debouncer resting;
    private final Supplier<String> newKey;
    private final Consumer<Decided> onDecided;

    private IntakeOptions options;
    private boolean optionsPending;
    private OutcomeDraft draft = OutcomeDraft.EMPTY;
    private boolean submitting;
    private OutcomeError error;
    private Decided decided;
    private boolean canSubmit;
    private BackgroundTasks.TaskHandle asking;
    /** 领取方式 chosen at intake; null: the item's first allowed one (the server's default too). */
    private org.yichuang.core.intake.CollectionMethod collection;
    private String pendingKey;
    private IntakeSubmission pendingContent;

    /**
     * Creates the presenter.
     *
     * @param resting        how the checklist rests before the lawful outcomes are asked again
     * @param onDecided      runs on the EDT once the server recorded the outcome (opens the preview)
     */
    public OutcomePresenter(HallApi api, BackgroundTasks tasks, Messages messages, ChecklistPresenter checklist,
            Debouncer resting, Supplier<String> newKey, Consumer<Decided> onDecided) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.checklist = checklist;
        this.resting = resting;
        this.newKey = newKey;
        this.onDecided = onDecided;
        checklist.addPropertyChangeListener(ChecklistPresenter.Property.LINES, e -> checklistChanged());
        checklist.addPropertyChangeListener(ChecklistPresenter.Property.CASE, e -> reset());
    }

    public IntakeOptions options() {
        return options;
    }

    /** Returns true while the lawful outcomes are being asked again (the buttons wait for the answer). */
    public boolean isOptionsPending() {
        return optionsPending;
    }

    public OutcomeDraft draft() {
        return draft;
    }

    public boolean isSubmitting() {
        return submitting;
    }

    /** Returns why the last submission was refused, or null. */
    public OutcomeError error() {
        return error;
    }

    /** Returns the recorded outcome of the current case, or null. */
    public Decided decided() {
        return decided;
    }

    /** Returns true when the outcome can be sent: lawful now, answer fresh, nothing running, not yet recorded. */
    public boolean canSubmit() {
        return canSubmit;
    }

    /** Returns true when the server offers {@code outcome} for the checklist as it is now. */
    public boolean isOffered(IntakeOutcome outcome) {
        return options != null && !optionsPending && decided == null && options.offered().contains(outcome);
    }

    /**
     * Chooses an outcome (only a lawful one); fills the supplement due date with the latest lawful day. Asked for an
     * outcome that is not lawful now (Alt+1 on 受理 with the 授权委托书 not in, say), it says why as the rules do and
     * points at the material or tick at fault, changing nothing.
     */
    public void choose(IntakeOutcome outcome) {
        if (!isOffered(outcome)) {
            explainRefused(outcome);
            return;
        }
        OutcomeDraft next = draft.withOutcome(outcome);
        if (outcome == IntakeOutcome.ACCEPT_DEFERRED && next.dueText().isBlank()
                && options.latestDeferralDueOn() != null) {
            next = next.withDueText(options.latestDeferralDueOn().toString());
        }
        setDraft(next);
    }

    /** Replaces the draft (the pane's fields); the ticks change what is lawful, so they ask again. */
    public void edit(OutcomeDraft next) {
        boolean ticks = next.commitmentSigned() != draft.commitmentSigned()
                || next.genuineIntentAsked() != draft.genuineIntentAsked();
        setDraft(next);
        if (ticks) {
            askOptions();
        }
    }

    /** Sends the outcome off the EDT; a retry of the same content keeps its idempotency key. */
    public void submit() {
        if (!canSubmit) {
            return;
        }
        LocalDate due;
        try {
            due = draft.dueText().isBlank() ? null : LocalDate.parse(draft.dueText().strip());
        } catch (DateTimeParseException e) {
            setError(new OutcomeError(OutcomeField.DUE_DATE, messages.text("intake.outcome.badDate"), null));
            return;
        }
        IntakeSubmission content = submission(draft.outcome(), due);
        if (pendingKey == null || !content.equals(pendingContent)) {
            pendingKey = newKey.get();
            pendingContent = content;
        }
        IntakeSubmission request = new IntakeSubmission(pendingKey, null, content.outcome(), content.materials(),
                content.commitmentSigned(), content.genuineIntentAsked(), content.reason(), content.legalBasis(),
                content.competentAuthority(), content.supplementDueOn(), content.correctionNote(),
                content.collectionMethod());
        CaseReceipt receipt = checklist.receipt();
        IntakeOutcome outcome = draft.outcome();
        setSubmitting(true);
        setError(null);
        boolean bundle = checklist.bundle() != null;
        // a 一件事 parent's intake is the whole application's (BundleIntakeService): its answer is the bundle's view
        tasks.submit(() -> bundle ? new Decided(receipt, outcome, null, api.submitBundleIntake(receipt.caseNo(),
                request)) : new Decided(receipt, outcome, api.submitIntake(receipt.caseNo(), request), null), done -> {
            setSubmitting(false);
            pendingKey = null;
            pendingContent = null;
            Decided old = decided;
            decided = done;
            fire(Property.DECIDED, old, decided);
            update();
            onDecided.accept(decided);
        }, failure -> {
            setSubmitting(false);
            setError(errorOf(failure));
        });
    }

    private IntakeSubmission submission(IntakeOutcome outcome, LocalDate due) {
        boolean refusal = outcome != null && outcome.refusal();
        boolean needsDue = outcome == IntakeOutcome.ACCEPT_DEFERRED || outcome == IntakeOutcome.NEEDS_SUPPLEMENT;
        return new IntakeSubmission(null, null, outcome, checklist.checks(), draft.commitmentSigned(),
                draft.genuineIntentAsked(), refusal ? clean(draft.reason()) : null,
                refusal ? clean(draft.legalBasis()) : null,
                outcome == IntakeOutcome.NOT_COMPETENT ? clean(draft.competentAuthority()) : null,
                needsDue ? due : null,
                outcome == IntakeOutcome.CORRECTED_ON_SPOT ? clean(draft.correctionNote()) : null)
                .withCollectionMethod(refusal ? null : collection);
    }

    /** Chooses the 领取方式 (issue 10 item 8); null takes the item's first one. */
    public void chooseCollection(org.yichuang.core.intake.CollectionMethod method) {
        collection = method;
    }

    /** Returns the chosen 领取方式, or null for the item's default. */
    public org.yichuang.core.intake.CollectionMethod collection() {
        return collection;
    }

    private void explainRefused(IntakeOutcome outcome) {
        org.yichuang.core.intake.OutcomeRefusal why = options == null || optionsPending || decided != null ? null
                : options.refusal(outcome);
        if (why != null) {
            setError(errorOf(new ApiException(why.code(), why.message(), why.code().httpStatus())));
        }
    }

    /** Where the server's refusal points: by its stable code, then the blank field or the material it names. */
    OutcomeError errorOf(Throwable failure) {
        if (!(failure instanceof DomainException e)) {
            return new OutcomeError(OutcomeField.OUTCOME, messages.errorMessage(failure), null);
        }
        String message = e instanceof ApiException ? e.getMessage() : messages.errorMessage(e);
        OutcomeField field = switch (e.code()) {
            case INTAKE_REFUSAL_INCOMPLETE -> clean(draft.reason()) == null ? OutcomeField.REASON
                    : clean(draft.legalBasis()) == null ? OutcomeField.LEGAL_BASIS : OutcomeField.AUTHORITY;
            case INTAKE_SUPPLEMENT_DUE_TOO_LATE, TRANSITION_DATE_INVALID -> OutcomeField.DUE_DATE;
            case INTAKE_COMMITMENT_NOT_SIGNED -> OutcomeField.COMMITMENT;
            case INTAKE_GENUINE_INTENT_NOT_ASKED -> OutcomeField.GENUINE_INTENT;
            case INTAKE_CORRECTION_NOTE_REQUIRED -> OutcomeField.CORRECTION_NOTE;
            case INTAKE_MATERIAL_ENTRY_INVALID, INTAKE_MATERIAL_MISSING, INTAKE_DEFERRAL_NOT_ALLOWED,
                    INTAKE_CHECKLIST_MISMATCH, INTAKE_NOTHING_TO_SUPPLEMENT, INTAKE_AGENT_AUTHORISATION_MISSING,
                    BUNDLE_INTAKE_CHECKLIST_MISMATCH -> OutcomeField.MATERIALS;
            case FIELD_TOO_LONG -> longestText();
            default -> OutcomeField.OUTCOME;
        };
        String material = null;
        if (field == OutcomeField.MATERIALS) {
            // the rules quote the material by name (材料“…”) or list the outstanding ones: the (first) row to go to;
            // the 授权委托书's row when it is missing
            List<String> names = checklist.lines().stream().map(MaterialLine::name).toList();
            material = names.stream().filter(n -> message != null && message.contains("“" + n + "”")).findFirst()
                    .or(() -> names.stream().filter(n -> message != null && message.contains(n)).findFirst())
                    .orElse(e.code() != ErrorCode.INTAKE_AGENT_AUTHORISATION_MISSING ? null
                            : names.stream().filter(org.yichuang.core.intake.IntakeRules::isAuthorisation)
                                    .findFirst().orElse(null));
        }
        return new OutcomeError(field, message, material);
    }

    private OutcomeField longestText() {
        String[] texts = {draft.reason(), draft.legalBasis(), draft.competentAuthority(), draft.correctionNote()};
        OutcomeField[] fields = {OutcomeField.REASON, OutcomeField.LEGAL_BASIS, OutcomeField.AUTHORITY,
            OutcomeField.CORRECTION_NOTE};
        int at = 0;
        for (int i = 1; i < texts.length; i++) {
            if (texts[i].length() > texts[at].length()) {
                at = i;
            }
        }
        return fields[at];
    }

    private void checklistChanged() {
        if (checklist.receipt() != null && !checklist.lines().isEmpty() && decided == null) {
            askOptions();
        }
    }

    /** Asks the server again, once the checklist has rested; an older question still running is dropped. */
    private void askOptions() {
        if (checklist.receipt() == null || checklist.lines().isEmpty() || decided != null) {
            return;
        }
        if (asking != null) {
            asking.cancel();
            asking = null;
        }
        setOptionsPending(true);
        resting.schedule(this::sendQuestion);
    }

    /** Sends the checklist as it is now; runs on the EDT (directly, or when the rest timer fires). */
    private void sendQuestion() {
        if (checklist.receipt() == null || checklist.lines().isEmpty() || decided != null) {
            setOptionsPending(false);
            return;
        }
        String caseNo = checklist.caseNo();
        IntakeSubmission question = new IntakeSubmission(null, null, null, checklist.checks(),
                draft.commitmentSigned(), draft.genuineIntentAsked(), null, null, null, null, null);
        // 'waiting' work: a typing clerk must not see the whole screen go busy
        asking = tasks.submitWaiting(() -> api.intakeOptions(caseNo, question), this::setOptions, failure -> {
            asking = null;
            setOptionsPending(false);
            setError(new OutcomeError(OutcomeField.OUTCOME, messages.errorMessage(failure), null));
        });
    }

    private void setOptions(IntakeOptions value) {
        asking = null;
        IntakeOptions old = options;
        options = value;
        fire(Property.OPTIONS, old, options);
        setOptionsPending(false);
        if (draft.outcome() != null && !value.offered().contains(draft.outcome())) {
            setDraft(draft.withOutcome(null));   // no longer lawful: the clerk chooses again
        }
        update();
    }

    /** Forgets the outcome, the options and any error (a new case, or 下一位). */
    public void reset() {
        collection = null;
        resting.cancel();
        if (asking != null) {
            asking.cancel();
            asking = null;
        }
        pendingKey = null;
        pendingContent = null;
        IntakeOptions oldOptions = options;
        options = null;
        fire(Property.OPTIONS, oldOptions, null);
        Decided oldDecided = decided;
        decided = null;
        fire(Property.DECIDED, oldDecided, null);
        setOptionsPending(false);
        setError(null);
        setDraft(OutcomeDraft.EMPTY);
    }

    private void setDraft(OutcomeDraft value) {
        OutcomeDraft old = draft;
        draft = value;
        fire(Property.DRAFT, old, draft);
        if (error != null && !Objects.equals(old, value)) {
            setError(null);   // the clerk is correcting: the old message no longer holds
        }
        update();
    }

    private void setOptionsPending(boolean value) {
        boolean old = optionsPending;
        optionsPending = value;
        fire(Property.OPTIONS_PENDING, old, value);
        update();
    }

    private void setSubmitting(boolean value) {
        boolean old = submitting;
        submitting = value;
        fire(Property.SUBMITTING, old, value);
        update();
    }

    private void setError(OutcomeError value) {
        OutcomeError old = error;
        error = value;
        fire(Property.ERROR, old, value);
    }

    private void update() {
        boolean old = canSubmit;
        canSubmit = draft.outcome() != null && isOffered(draft.outcome()) && !submitting;
        fire(Property.CAN_SUBMIT, old, canSubmit);
    }

    /** Returns the outcomes in the order the buttons show them. */
    public static List<IntakeOutcome> all() {
        return List.of(IntakeOutcome.values());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
