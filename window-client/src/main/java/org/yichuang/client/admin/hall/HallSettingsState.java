package org.yichuang.client.admin.hall;

import java.util.List;
import java.util.Objects;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.error.Problem;

/**
 * What the 大厅设置 page shows, as one immutable value: the settings as loaded and as edited, what runs in the
 * background, and the server's answer to the last refused save.
 *
 * @param hallName the hall's name (the {hall} of a number without an abbreviation); null before the first load
 * @param loaded   the settings as the server holds them; null before the first load
 * @param draft    the settings as edited; null before the first load
 * @param loading  true while the settings load
 * @param saving   true while a save runs
 * @param problems every problem of the last refused save, in the server's order
 * @param error    the server's message of the last refused save, or null
 * @param focus    the field ({@code court}, {@code kindCodes.ACCEPTANCE}) the page should focus, or null
 * @param notice   a one-line message (saved), or null
 */
public record HallSettingsState(String hallName, HallDocumentSettings loaded, HallDocumentSettings draft,
        boolean loading, boolean saving, List<Problem> problems, String error, String focus, String notice) {

    /** Copies the problem list. */
    public HallSettingsState {
        problems = List.copyOf(problems);
    }

    static HallSettingsState initial() {
        return new HallSettingsState(null, null, null, false, false, List.of(), null, null, null);
    }

    /** Returns true once settings are on show. */
    public boolean loadedOnce() {
        return draft != null;
    }

    /** Returns true while a load or a save runs. */
    public boolean busy() {
        return loading || saving;
    }

    /** Returns true when the draft differs from what the server holds. */
    public boolean dirty() {
        return draft != null && !Objects.equals(draft, loaded);
    }

    /** Returns true when the last refused save found a problem in {@code field}. */
    public boolean wrong(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    HallSettingsState withLoading(boolean value) {
        return new HallSettingsState(hallName, loaded, draft, value, saving, problems, error, focus, notice);
    }

    HallSettingsState withSaving(boolean value) {
        return new HallSettingsState(hallName, loaded, draft, loading, value, problems, error, focus, notice);
    }

    HallSettingsState withLoaded(String name, HallDocumentSettings settings) {
        return new HallSettingsState(name, settings, settings, false, false, List.of(), null, null, notice);
    }

    HallSettingsState withDraft(HallDocumentSettings value) {
        return new HallSettingsState(hallName, loaded, value, loading, saving, problems, error, focus, notice);
    }

    HallSettingsState withRefusal(List<Problem> value, String message, String field) {
        return new HallSettingsState(hallName, loaded, draft, loading, false, value, message, field, null);
    }

    /** The field was edited: its problem is the administrator's to judge again; the message goes with the last one. */
    HallSettingsState withoutProblem(String field) {
        List<Problem> left = problems.stream().filter(p -> !field.equals(p.field())).toList();
        if (left.size() == problems.size()) {
            return this;
        }
        return new HallSettingsState(hallName, loaded, draft, loading, saving, left, left.isEmpty() ? null : error,
                focus, notice);
    }

    HallSettingsState withFocus(String field) {
        return new HallSettingsState(hallName, loaded, draft, loading, saving, problems, error, field, notice);
    }

    HallSettingsState withNotice(String value) {
        return new HallSettingsState(hallName, loaded, draft, loading, saving, problems, error, focus, value);
    }
}
