package org.yichuang.client.cases.detail;

import org.yichuang.core.api.CaseDeadlineExplanation;
import org.yichuang.core.api.CaseDetailView;

/**
 * What the case detail shows, replaced whole on every change.
 *
 * @param view         the case as the server last answered; null until loaded
 * @param explanation  期限说明; null until loaded
 * @param form         the transition inputs
 * @param error        the last refusal in Chinese, or null
 * @param errorField   where the focus goes after that refusal
 * @param lastAction   the action code of the last attempt, for focusing its button
 */
public record CaseDetailState(CaseDetailView view, CaseDeadlineExplanation explanation, TransitionForm form,
        String error, FormField errorField, String lastAction) {

    CaseDetailState withView(CaseDetailView v) {
        return new CaseDetailState(v, explanation, form, error, errorField, lastAction);
    }

    CaseDetailState withExplanation(CaseDeadlineExplanation v) {
        return new CaseDetailState(view, v, form, error, errorField, lastAction);
    }

    CaseDetailState withForm(TransitionForm v) {
        return new CaseDetailState(view, explanation, v, error, errorField, lastAction);
    }

    CaseDetailState withError(String message, FormField field, String action) {
        return new CaseDetailState(view, explanation, form, message, field, action);
    }

    /** Returns true when the server lets the caller take {@code action} now. */
    public boolean allows(String action) {
        return view != null && view.allowedActions().contains(action);
    }
}
