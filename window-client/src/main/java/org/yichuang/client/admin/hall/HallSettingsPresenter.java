package org.yichuang.client.admin.hall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.api.HallDocumentSettingsView;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.hall.HallSettingsRules;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.notice.NoticeKind;

/**
 * The 大厅设置 page (ADMIN, issue 10): loads the hall's remedies, 容缺 policies, document numbering and phones, keeps the
 * administrator's edits as one immutable {@link HallSettingsState} and saves them whole. The server decides with core's
 * {@code HallSettingsRules}; a refusal shows the server's message and focuses the first field at fault. The preview of
 * a document number uses the same core rule. Every server call goes through the task funnel, never on the EDT.
 */
public final class HallSettingsPresenter extends ObservableModel<HallSettingsPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    /** A number as the pattern would print it, or why it cannot. */
    public record Preview(String number, String error) {
    }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final Clock clock;
    private HallSettingsState state = HallSettingsState.initial();

    /** Creates the presenter around one administrator's API; {@code clock} gives the preview's year. */
    public HallSettingsPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            Clock clock) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        this.clock = clock;
    }

    public HallSettingsState state() {
        return state;
    }

    /** Loads (or reloads) the stored settings; unsaved edits are dropped, so ask {@link #confirmDiscard} first. */
    public void load() {
        if (state.loading()) {
            return;
        }
        set(state.withLoading(true));
        tasks.submit(api::hallDocumentSettings, this::loaded, failure -> {
            set(state.withLoading(false));
            prompts.warn(messages.text("hall.settings.title"), messages.errorMessage(failure));
        });
    }

    /** Reloads after asking when there are unsaved edits (重新载入). */
    public void reload() {
        if (confirmDiscard()) {
            set(state.withNotice(null));
            load();
        }
    }

    private void loaded(HallDocumentSettingsView view) {
        set(state.withLoaded(view.hallName(), view.settings()));
    }

    /** Saves the draft whole (Ctrl+S); the server checks it. */
    public void save() {
        if (!state.loadedOnce() || state.busy()) {
            return;
        }
        HallDocumentSettings draft = state.draft();
        set(state.withRefusal(List.of(), null, null).withNotice(null).withSaving(true));
        tasks.submit(() -> api.saveHallDocumentSettings(draft), saved -> {
            set(state.withLoaded(saved.hallName(), saved.settings())
                    .withNotice(messages.text("hall.settings.saved")));
        }, this::saveFailed);
    }

    private void saveFailed(Throwable failure) {
        if (failure instanceof ApiException e && e.code() == ErrorCode.HALL_SETTINGS_INVALID) {
            String field = e.problems().isEmpty() ? null : e.problems().get(0).field();
            // the server's own words: they name the field and what is wrong with it
            set(state.withRefusal(e.problems(), e.getMessage(), field));
        } else {
            set(state.withSaving(false));
            prompts.warn(messages.text("hall.settings.title"), messages.errorMessage(failure));
        }
    }

    /** The page has moved the focus: the request is done. */
    public void focused() {
        set(state.withFocus(null));
    }

    /** Returns true when nothing unsaved would be lost, asking when something would. */
    public boolean confirmDiscard() {
        return !state.dirty() || prompts.confirm(messages.text("hall.settings.title"),
                messages.text("hall.settings.discard"));
    }

    /** Returns the first 受理通知书 number of this year as the draft would print it (core's rule). */
    public Preview preview() {
        if (state.draft() == null) {
            return new Preview(null, null);
        }
        try {
            return new Preview(HallSettingsRules.sampleNumber(state.draft(), state.hallName(),
                    LocalDate.now(clock).getYear()), null);
        } catch (DomainException e) {
            return new Preview(null, e.getMessage());
        }
    }

    // --- edits: each replaces the draft with a new immutable value ---

    /** Applies {@code change} to the draft; a refusal's problem in {@code field} is withdrawn. */
    private void edit(String field, UnaryOperator<HallDocumentSettings> change) {
        if (state.draft() != null) {
            HallDocumentSettings next = Objects.requireNonNull(change.apply(state.draft()));
            if (!next.equals(state.draft())) {
                set(state.withDraft(next).withoutProblem(field));
            }
        }
    }

    public void setReconsiderationBody(String v) {
        edit("reconsiderationBody", s -> new HallDocumentSettings(
                v, s.court(), s.deferralFailurePolicy(), s.riskyItemsMayDefer(),
                s.documentNumberPattern(), s.documentAbbreviation(), s.consultingPhone(), s.supervisionPhone(),
                s.kindCodes()));
    }

    public void setCourt(String v) {
        edit("court", s -> new HallDocumentSettings(
                s.reconsiderationBody(), v, s.deferralFailurePolicy(),
                s.riskyItemsMayDefer(), s.documentNumberPattern(), s.documentAbbreviation(), s.consultingPhone(),
                s.supervisionPhone(), s.kindCodes()));
    }

    public void setDeferralFailurePolicy(DeferralFailurePolicy v) {
        edit("deferralFailurePolicy", s -> new HallDocumentSettings(
                s.reconsiderationBody(), s.court(), v, s.riskyItemsMayDefer(),
                s.documentNumberPattern(), s.documentAbbreviation(), s.consultingPhone(), s.supervisionPhone(),
                s.kindCodes()));
    }

    public void setRiskyItemsMayDefer(boolean v) {
        edit("riskyItemsMayDefer", s -> new HallDocumentSettings(
                s.reconsiderationBody(), s.court(), s.deferralFailurePolicy(), v,
                s.documentNumberPattern(), s.documentAbbreviation(), s.consultingPhone(), s.supervisionPhone(),
                s.kindCodes()));
    }

    public void setDocumentNumberPattern(String v) {
        edit("documentNumberPattern", s -> new HallDocumentSettings(
                s.reconsiderationBody(), s.court(), s.deferralFailurePolicy(),
                s.riskyItemsMayDefer(), v, s.documentAbbreviation(), s.consultingPhone(), s.supervisionPhone(),
                s.kindCodes()));
    }

    public void setDocumentAbbreviation(String v) {
        edit("documentAbbreviation", s -> new HallDocumentSettings(
                s.reconsiderationBody(), s.court(), s.deferralFailurePolicy(),
                s.riskyItemsMayDefer(), s.documentNumberPattern(), v, s.consultingPhone(), s.supervisionPhone(),
                s.kindCodes()));
    }

    public void setConsultingPhone(String v) {
        edit("consultingPhone", s -> new HallDocumentSettings(
                s.reconsiderationBody(), s.court(), s.deferralFailurePolicy(),
                s.riskyItemsMayDefer(), s.documentNumberPattern(), s.documentAbbreviation(), v, s.supervisionPhone(),
                s.kindCodes()));
    }

    public void setSupervisionPhone(String v) {
        edit("supervisionPhone", s -> new HallDocumentSettings(
                s.reconsiderationBody(), s.court(), s.deferralFailurePolicy(),
                s.riskyItemsMayDefer(), s.documentNumberPattern(), s.documentAbbreviation(), s.consultingPhone(), v,
                s.kindCodes()));
    }

    public void setKindCode(NoticeKind kind, String code) {
        edit("kindCodes." + kind.name(), s -> s.withKindCode(kind, code));
    }

    private void set(HallSettingsState next) {
        HallSettingsState old = state;
        state = Objects.requireNonNull(next);
        fire(Property.STATE, old, next);
    }
}
