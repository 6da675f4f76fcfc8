package org.yichuang.client.intake.applicant;

import org.yichuang.client.intake.IntakePresenter;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.ApplicantLookup;
import org.yichuang.core.api.ApplicantView;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * 查找申请人 (F3): a returning applicant found by the document type and number on the form, or an organisation by its
 * 统一社会信用代码 (the server audits the lookup; the number travels in the body), filling the name (and an
 * organisation's representative) and, when blank, the phone. Never blocks the EDT.
 */
public final class ApplicantLookupPresenter extends ObservableModel<ApplicantLookupPresenter.Property> {
    /** Observable properties. */
    public enum Property { MESSAGE }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final IntakePresenter form;
    private String message;

    /** Creates the presenter filling {@code form}. */
    public ApplicantLookupPresenter(HallApi api, BackgroundTasks tasks, Messages messages, IntakePresenter form) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.form = form;
        // what was said about the last applicant must not stay for the next one
        form.addPropertyChangeListener(IntakePresenter.Property.ID_NUMBER, e -> setMessage(null));
    }

    /** Returns what the last lookup found or why not, or null. */
    public String message() {
        return message;
    }

    /** Looks the applicant up by the form's document; says why not when the number is not valid yet. */
    public void lookUp() {
        String number = form.validDocumentNumber();
        if (number == null) {
            setMessage(messages.text("intake.lookup.needNumber"));
            return;
        }
        // an organisation by its 统一社会信用代码, a person by document type and number
        ApplicantLookup lookup = currentLookup();
        setMessage(messages.text("intake.lookup.searching"));
        tasks.submit(() -> api.findApplicant(lookup), view -> {
            // an answer that arrives after 下一位 (or after the number was changed) belongs to someone else: the
            // applicant now at the counter must not see it
            if (lookup.equals(currentLookup())) {
                found(view);
            }
        }, failure -> {
            if (lookup.equals(currentLookup())) {
                setMessage(failure instanceof DomainException e && e.code() == ErrorCode.APPLICANT_NOT_FOUND
                        ? messages.text("intake.lookup.notFound") : messages.errorMessage(failure));
            }
        });
    }

    /** The lookup the form's document asks for now: an organisation by its credit code, else by type and number. */
    private ApplicantLookup currentLookup() {
        String number = form.validDocumentNumber();
        if (number == null) {
            return null;
        }
        return form.party().organisation() ? ApplicantLookup.byCreditCode(number)
                : ApplicantLookup.byDocument(form.documentType(), number);
    }

    private void found(ApplicantView view) {
        boolean organisation = view.kind() != null && view.kind().organisation();
        if (organisation) {
            // 法人 or 其他组织 as first recorded: the kind decides what the representative is called
            form.party().setKind(view.kind());
        }
        form.setApplicantName(view.name());
        if (form.phone().isBlank() && view.phone() != null) {
            form.setPhone(view.phone());
        }
        if (organisation && view.legalRepresentative() != null) {
            form.party().setRepresentative(view.legalRepresentative());
        }
        if (organisation && view.representativeDocumentNumber() != null) {
            form.party().setRepresentativeType(view.representativeDocumentType());
            form.party().setRepresentativeNumber(view.representativeDocumentNumber());
        }
        setMessage(organisation ? messages.text("intake.lookup.foundOrganisation", form.party().representativeRole())
                : messages.text("intake.lookup.found"));
    }

    private void setMessage(String value) {
        String old = message;
        message = value;
        fire(Property.MESSAGE, old, value);
    }
}
