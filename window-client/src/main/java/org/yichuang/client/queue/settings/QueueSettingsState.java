package org.yichuang.client.queue.settings;

import java.util.List;
import java.util.Objects;
import org.yichuang.core.error.Problem;
import org.yichuang.core.queue.QueueSettings;

/**
 * What the 叫号设置 page shows, as one immutable value: the settings as loaded and as edited, what runs in the
 * background, and the problems of the last refused save.
 *
 * @param version  the version the edits are based on (0: the hall has saved none); null before the first load
 * @param loaded   the settings as the server sent them; null before the first load
 * @param draft    the settings as edited; null before the first load
 * @param loading  true while the settings load
 * @param saving   true while a save runs
 * @param problems every problem of the last refused save, in the server's order
 * @param focus    the field path ({@code categories[1].name}) the page should focus, or null
 * @param notice   a one-line message under the toolbar (saved, reloaded after a conflict), or null
 */
public record QueueSettingsState(Integer version, QueueSettings loaded, QueueSettings draft, boolean loading,
        boolean saving, List<Problem> problems, String focus, String notice) {

    /** Copies the problem list. */
    public QueueSettingsState {
        problems = List.copyOf(problems);
    }

    /** The state before anything is loaded. */
    static QueueSettingsState initial() {
        return new QueueSettingsState(null, null, null, false, false, List.of(), null, null);
    }

    /** Returns true once settings are on show. */
    public boolean loadedOnce() {
        return draft != null;
    }

    /** Returns true when the draft differs from what the server holds. */
    public boolean dirty() {
        return draft != null && !Objects.equals(draft, loaded);
    }

    /** Returns true while a server call of the page runs. */
    public boolean busy() {
        return loading || saving;
    }

    /** Returns the problems whose field starts with {@code prefix} (e.g. {@code categories[2]}). */
    public List<Problem> problemsAt(String prefix) {
        return problems.stream().filter(p -> p.field() != null && (p.field().equals(prefix)
                || p.field().startsWith(prefix + ".") || p.field().startsWith(prefix + "["))).toList();
    }

    QueueSettingsState withLoaded(int newVersion, QueueSettings settings) {
        return new QueueSettingsState(newVersion, settings, settings, false, false, List.of(), null, notice);
    }

    QueueSettingsState withDraft(QueueSettings value) {
        return new QueueSettingsState(version, loaded, value, loading, saving, problems, null, null);
    }

    QueueSettingsState withLoading(boolean value) {
        return new QueueSettingsState(version, loaded, draft, value, saving, problems, focus, notice);
    }

    QueueSettingsState withSaving(boolean value) {
        return new QueueSettingsState(version, loaded, draft, loading, value, problems, focus, notice);
    }

    QueueSettingsState withProblems(List<Problem> value, String focusField) {
        return new QueueSettingsState(version, loaded, draft, loading, saving, value, focusField, null);
    }

    QueueSettingsState withNotice(String value) {
        return new QueueSettingsState(version, loaded, draft, loading, saving, problems, focus, value);
    }

    QueueSettingsState withFocus(String value) {
        return new QueueSettingsState(version, loaded, draft, loading, saving, problems, value, notice);
    }
}
