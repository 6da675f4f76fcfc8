package org.yichuang.client.cases.detail;

import org.yichuang.core.api.CaseDeadlineExplanations;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.cases.CaseAction;

/**
 * What the case detail shows, replaced whole on every change.
 *
 * @param view         the case as the server last answered; null until loaded
 * @param explanation  期限说明; null until loaded
 * @param form         the transition inputs
 * @param error        the last refusal in Chinese, or null
 * @param errorField   where the focus goes after that refusal
 * @param lastAction   the action of the last attempt, for focusing its button
 * @param ticket       the queue ticket the case was received for, as shown ({@code 取号 A012 · 等候 12 分钟}), or null
 */
public record CaseDetailState(CaseLifecycleView view, CaseDeadlineExplanations explanation, TransitionForm form,
        String error, FormField errorField, CaseAction lastAction, String ticket) {

    CaseDetailState withView(CaseLifecycleView v) {
        return new CaseDetailState(v, explanation, form, error, errorField, lastAction, ticket);
    }

    CaseDetailState withExplanation(CaseDeadlineExplanations v) {
        return new CaseDetailState(view, v, form, error, errorField, lastAction, ticket);
    }

    CaseDetailState withForm(TransitionForm v) {
        return new CaseDetailState(view, explanation, v, error, errorField, lastAction, ticket);
    }

    CaseDetailState withError(String message, FormField field, CaseAction action) {
        return new CaseDetailState(view, explanation, form, message, field, action, ticket);
    }

    CaseDetailState withTicket(String v) {
        return new CaseDetailState(view, explanation, form, error, errorField, lastAction, v);
    }

    /** Returns true when the server lets the caller take {@code action} now. */
    public boolean allows(CaseAction action) {
        return view != null && view.availableActions().stream().anyMatch(o -> o.action() == action);
    }
}
