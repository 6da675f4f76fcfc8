package org.yichuang.client.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.yichuang.client.intake.applicant.ApplicantPartyPresenter;
import org.yichuang.client.search.SearchIndex;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.BundleCaseReceipt;
import org.yichuang.core.api.NewBundleCase;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentText;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.person.PersonName;
import org.yichuang.core.person.PhoneNumber;
import org.yichuang.core.text.Remarks;

/**
 * State of the intake (收件受理) panel: the service items and bundles (一件事), the search as the clerk types, the
 * chosen entry and the applicant form (a 法人 / 其他组织 and an agent: {@link ApplicantPartyPresenter}); creates the
 * case, or a 一件事 application's parent and child cases, through BackgroundTasks.
 *
 * <p>The search index is built once per load, off the EDT; each keystroke only queries it (see
 * {@link SearchIndex} for the ranking). While the clerk types, the best match is selected; a blank filter keeps
 * the choice.
 */
public final class IntakePresenter extends ObservableModel<IntakePresenter.Property>
        implements org.yichuang.client.identity.ui.CardForm {
    /** Observable properties. */
    public enum Property {
        ITEMS, FILTER, VISIBLE_ITEMS, RESULT_SUMMARY, SELECTED_ITEM, APPLICANT_NAME, ID_NUMBER,
        PHONE, REMARKS, NAME_ERROR, ID_ERROR, ID_HINT, PHONE_ERROR, FORM_VALID, BUSY, CAN_CREATE, CAN_PRINT_GUIDE,
        LAST_RECEIPT, BLOCKER, DOCUMENT_TYPE
    }

    /** A place on the form the clerk may have to correct (the kind's and agent's fields: {@link #party()}). */
    public enum Field { ITEM, NAME, ID_NUMBER, PHONE, REMARKS, REPRESENTATIVE, AGENT_NAME, AGENT_DOCUMENT_TYPE,
        AGENT_NUMBER, AGENT_PHONE, REPRESENTATIVE_DOCUMENT_TYPE, REPRESENTATIVE_NUMBER }

    /**
     * Why the case cannot be created yet (Ctrl+Enter said so) and where to correct it.
     *
     * @param field   what to focus
     * @param message the sentence shown next to the create button
     */
    public record Blocker(Field field, String message) {
    }

    /** The longest remark the server stores (the rule is core's {@link Remarks}). */
    public static final int MAX_REMARKS = Remarks.MAX_CODE_POINTS;

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final Supplier<String> newIdempotencyKey;
    private final Consumer<CaseReceipt> onCreated;
    private final ApplicantPartyPresenter party;
    private Consumer<BundleCaseReceipt> onBundleCreated = r -> { };
    /** issue 12: the queue ticket the counter calls or serves now (null: none, or no queue). */
    private Supplier<Long> ticketSource = () -> null;
    /**
     * Busy while this screen's own work runs (the catalog's load, a case's creation), not while any other part of the
     * client does (the case list's refresh, a preview's drawing): those must not swallow the clerk's Ctrl+Enter nor
     * say "正在提交" when nothing of the clerk's is being submitted. The funnel tells when any task ends; the handles
     * tell which.
     */
    private final List<BackgroundTasks.TaskHandle> own = new ArrayList<>();
    private final BackgroundTasks.TaskListener busyListener = new BackgroundTasks.TaskListener() {
        @Override
        public void busyChanged(boolean value) {
            ownTaskEnded();
        }

        @Override
        public void succeeded() {
            ownTaskEnded();
        }

        @Override
        public void failed(Throwable failure) {
            ownTaskEnded();
        }
    };

    private boolean loaded;
    private SearchIndex<CatalogEntry> index = SearchIndex.build(List.of(), CatalogEntry::searchFields);
    private String filter = "";
    private List<CatalogEntry> visibleEntries = List.of();
    private String resultSummary;
    private CatalogEntry selectedEntry;
    private String applicantName = "";
    private String idNumber = "";
    private String phone = "";
    private String remarks = "";
    private String nameError;
    private String idError;
    private String idHint;
    private String phoneError;
    private boolean formValid;
    private boolean busy;
    private boolean canCreate;
    private boolean canPrintGuide;
    private CaseReceipt lastReceipt;
    private Blocker blocker;

    private String validName;
    /** The number as it will be sent (a 15-digit 居民身份证 upgraded, a credit code tidied), or null. */
    private String validNumber;
    /** 证件类型; a 居民身份证 is checked by {@link IdNumber} (15→18 upgrade), the others by their own core rule. */
    private org.yichuang.core.identity.DocumentType documentType = org.yichuang.core.identity.DocumentType.RESIDENT_ID;
    /** The phone and remarks as core's value types accept them (null when blank); what is sent. */
    private PhoneNumber validPhone;
    private Remarks validRemarks;
    /** Why the remarks cannot be sent (too long, a control character), or null. */
    private String remarksError;
    /** The key of the last unconfirmed submission and what it carried: a retry of the same content reuses it. */
    private String pendingKey;
    private Object pendingContent;

    /**
     * Creates the presenter.
     *
     * @param today             the hall's date, to refuse ID numbers with births in the future
     * @param newIdempotencyKey a fresh key per submission attempt (production: random UUIDs)
     * @param onCreated         runs on the EDT with the receipt of each created case (opens the preview)
     */
    public IntakePresenter(HallApi api, BackgroundTasks tasks, Messages messages, Supplier<LocalDate> today,
            Supplier<String> newIdempotencyKey, Consumer<CaseReceipt> onCreated) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.newIdempotencyKey = newIdempotencyKey;
        this.onCreated = onCreated;
        tasks.addListener(busyListener);
        this.resultSummary = messages.text("intake.search.loading");
        this.party = new ApplicantPartyPresenter(messages, today);
        party.addPropertyChangeListener(e -> {
            if (e.getPropertyName().equals(ApplicantPartyPresenter.Property.KIND.name())
                    || e.getPropertyName().equals(ApplicantPartyPresenter.Property.VALID.name())) {
                validate();
            }
        });
        validate();
    }

    /** Stops listening to the shared task funnel; call when the panel goes away. */
    public void dispose() {
        tasks.removeListener(busyListener);
    }

    /** Loads the service items (事项) and bundles (一件事) from the server and indexes them, off the EDT. */
    public void loadItems() {
        submitOwn(() -> CatalogEntry.index(api.listItems(), api.listBundles()), this::setCatalog);
    }

    private <T> void submitOwn(java.util.concurrent.Callable<T> work, Consumer<? super T> onSuccess) {
        BackgroundTasks.TaskHandle handle = tasks.submit(work, onSuccess);
        if (!handle.isDone()) {   // a funnel that runs work at once (tests) has finished it already
            own.add(handle);
            setBusy(true);
        }
    }

    private void ownTaskEnded() {
        own.removeIf(BackgroundTasks.TaskHandle::isDone);
        setBusy(!own.isEmpty());
    }

    /** Returns true once the catalog has been loaded. */
    public boolean isLoaded() {
        return loaded;
    }

    /** Returns every entry: items in server order, then bundles. */
    public List<CatalogEntry> entries() {
        return index.values();
    }

    /** Returns the entries matching the filter, best first; all entries in list order when it is blank. */
    public List<CatalogEntry> visibleEntries() {
        return visibleEntries;
    }

    /** Returns what the list shows: how many entries there are or match, or that nothing matches (无匹配事项). */
    public String resultSummary() {
        return resultSummary;
    }

    /** Returns the chosen entry (item or bundle), or null. */
    public CatalogEntry selectedEntry() {
        return selectedEntry;
    }

    private org.yichuang.core.identity.DocumentType representativeDocumentType() {
        return party.validRepresentativeDocument() == null ? null : party.validRepresentativeDocument().type();
    }

    private String representativeDocumentNumber() {
        return party.validRepresentativeDocument() == null ? null : party.validRepresentativeDocument().value();
    }

    /** Returns the applicant's kind, organisation and agent part. */
    public ApplicantPartyPresenter party() {
        return party;
    }

    /** Runs on the EDT with the receipt of each 一件事 application received (opens its checklist). */
    public void onBundleCreated(Consumer<BundleCaseReceipt> listener) {
        this.onBundleCreated = listener;
    }

    /** Returns the chosen item, or null when nothing or a bundle is chosen. */
    public ServiceItemSummary selectedItem() {
        return selectedEntry == null ? null : selectedEntry.item();
    }

    public String filter() {
        return filter;
    }

    public String applicantName() {
        return applicantName;
    }

    public String idNumber() {
        return idNumber;
    }

    public String phone() {
        return phone;
    }

    public String remarks() {
        return remarks;
    }

    /** Returns the message under the name field, or null. */
    public String nameError() {
        return nameError;
    }

    /** Returns the message under the ID field when the number is wrong, or null. */
    public String idError() {
        return idError;
    }

    /** Returns a neutral note under the ID field (digits so far, 15→18 upgrade), or null. */
    public String idHint() {
        return idHint;
    }

    public String phoneError() {
        return phoneError;
    }

    public boolean isFormValid() {
        return formValid;
    }

    public boolean isBusy() {
        return busy;
    }

    /** Returns true when an item is chosen, the form is valid and nothing is running. */
    public boolean canCreate() {
        return canCreate;
    }

    /** Returns true when an item or bundle is chosen and nothing is running: its guide (办事指南) can be printed. */
    public boolean canPrintGuide() {
        return canPrintGuide;
    }

    /** Returns why the last attempt to create could not go ahead, or null; cleared by the next edit. */
    public Blocker blocker() {
        return blocker;
    }

    /**
     * Returns true when the applicant form holds something not yet submitted (姓名, 身份证号码, 电话 or 备注):
     * signing out or closing would lose it.
     */
    public boolean hasUnsubmittedInput() {
        return !(applicantName.isBlank() && idNumber.isBlank() && phone.isBlank() && remarks.isBlank())
                || party.hasInput();
    }

    /**
     * Creates the case when it can; otherwise says why (the first thing to correct, top to bottom) as
     * {@link #blocker()} and returns it, so Ctrl+Enter is never silently ignored.
     */
    public Blocker createOrExplain() {
        if (canCreate) {
            createCase();
            return null;
        }
        Blocker why = firstBlocker();
        Blocker old = blocker;
        blocker = why;
        fire(Property.BLOCKER, old, blocker);
        return why;
    }

    private Blocker firstBlocker() {
        if (busy) {
            return new Blocker(null, messages.text("intake.blocked.busy"));
        }
        if (selectedEntry == null) {
            return new Blocker(Field.ITEM, messages.text("intake.blocked.noItem"));
        }
        String org = party.organisation() ? ".org" : "";
        if (validName == null) {
            return new Blocker(Field.NAME, nameError != null ? nameError : messages.text("intake.blocked.noName" + org));
        }
        if (validDocumentNumber() == null) {
            String compact = DocumentText.compact(idNumber);
            String why = idError != null ? idError : compact.isEmpty() ? messages.text("intake.blocked.noId" + org)
                    : messages.text("intake.blocked.idIncomplete" + org, compact.length());
            return new Blocker(Field.ID_NUMBER, why);
        }
        if (phoneError != null) {
            return new Blocker(Field.PHONE, phoneError);
        }
        ApplicantPartyPresenter.Problem other = party.firstProblem();
        if (other != null) {
            return new Blocker(Field.valueOf(other.field().name()), other.message());
        }
        return new Blocker(Field.REMARKS, remarksError != null ? remarksError
                : messages.text("intake.blocked.remarks", MAX_REMARKS));
    }

    /** Returns the receipt of the case created last, or null. */
    public CaseReceipt lastReceipt() {
        return lastReceipt;
    }

    /** Returns the ID number as it will be sent (15-digit numbers upgraded), or null when invalid. */
    public String normalizedIdNumber() {
        return resident() ? validNumber : null;
    }

    /** Replaces the catalog (after loading) and applies the current filter to it. */
    void setCatalog(SearchIndex<CatalogEntry> value) {
        List<CatalogEntry> old = index.values();
        index = value;
        loaded = true;
        fire(Property.ITEMS, old, index.values());
        refilter();
    }

    /** Searches as the clerk types: by name, code, department and pinyin; the best match gets selected. */
    public void setFilter(String value) {
        String old = filter;
        filter = value == null ? "" : value;
        fire(Property.FILTER, old, filter);
        if (!old.equals(filter)) {
            refilter();
        }
    }

    /** Clears the filter (Esc), showing every entry again with the choice kept. */
    public void clearFilter() {
        setFilter("");
    }

    /** Chooses the entry (item or bundle) to work on; null clears the choice. */
    public void select(CatalogEntry entry) {
        CatalogEntry old = selectedEntry;
        selectedEntry = entry;
        fire(Property.SELECTED_ITEM, old, selectedEntry);
        if (blocker != null && blocker.field() == Field.ITEM) {
            clearBlocker();
        }
        updateCanCreate();
    }

    /**
     * Moves the choice {@code delta} lines down the visible list (up when negative), stopping at either end;
     * ↓/↑ move by one and PgDn/PgUp by a page, while the caret stays in the filter.
     */
    public void moveSelection(int delta) {
        if (visibleEntries.isEmpty()) {
            return;
        }
        int at = selectedEntry == null ? -1 : visibleEntries.indexOf(selectedEntry);
        int next = at < 0 ? (delta < 0 ? visibleEntries.size() - 1 : 0) : at + delta;
        select(visibleEntries.get(Math.max(0, Math.min(visibleEntries.size() - 1, next))));
    }

    public void setApplicantName(String value) {
        String old = applicantName;
        applicantName = value == null ? "" : value;
        fire(Property.APPLICANT_NAME, old, applicantName);
        validate();
    }

    public void setIdNumber(String value) {
        String old = idNumber;
        idNumber = value == null ? "" : value;
        fire(Property.ID_NUMBER, old, idNumber);
        validate();
    }

    /** Returns the applicant's document type (证件类型). */
    public org.yichuang.core.identity.DocumentType documentType() {
        return documentType;
    }

    /** Chooses the document type (证件类型); the number is checked again by that type's rule. */
    public void setDocumentType(org.yichuang.core.identity.DocumentType value) {
        org.yichuang.core.identity.DocumentType old = documentType;
        documentType = value == null ? org.yichuang.core.identity.DocumentType.RESIDENT_ID : value;
        fire(Property.DOCUMENT_TYPE, old, documentType);
        validate();
    }

    /**
     * Returns the number as it will be sent, or null while it is not valid: the document number for the chosen type,
     * or an organisation's 统一社会信用代码.
     */
    public String validDocumentNumber() {
        return validNumber;
    }

    private boolean resident() {
        return !party.organisation() && documentType == org.yichuang.core.identity.DocumentType.RESIDENT_ID;
    }

    public void setPhone(String value) {
        String old = phone;
        phone = value == null ? "" : value;
        fire(Property.PHONE, old, phone);
        validate();
    }

    public void setRemarks(String value) {
        String old = remarks;
        remarks = value == null ? "" : value;
        fire(Property.REMARKS, old, remarks);
        validate();
    }

    /**
     * Fills 姓名 and 身份证号码 from a card read (读卡), all or nothing: the name and the number are checked first as
     * if typed (the number by its own document type's rule, GB 11643 checksum included, then by this form's rule).
     *
     * @return null when filled, else why nothing was filled (Chinese)
     */
    @Override
    public String fillFromCard(org.yichuang.client.identity.IdentityCard card) {
        if (party.organisation()) {
            return fillRepresentativeFromCard(card);
        }
        String name;
        try {
            name = PersonName.validate(card.name());
        } catch (DomainException e) {
            return messages.text("card.refused.name", messages.errorMessage(e));
        }
        IdNumber number;
        try {
            org.yichuang.core.identity.DocumentNumber.parse(card.documentType(), card.number(), today.get());
        } catch (DomainException e) {
            return messages.text("card.refused.number", messages.errorMessage(e));
        }
        try {
            number = IdNumber.parse(card.number(), today.get());
        } catch (DomainException e) {
            return messages.text("card.refused.kind", card.cardKind().label());
        }
        party.setKind(org.yichuang.core.person.ApplicantKind.NATURAL_PERSON);   // a card is a person's
        setApplicantName(name);
        setDocumentType(org.yichuang.core.identity.DocumentType.RESIDENT_ID);
        setIdNumber(number.value());
        return null;
    }

    /**
     * For 法人 / 其他组织 the card on the reader is the representative's (法定代表人 / 负责人): their name, 证件类型 and
     * number go into the representative's fields, all or nothing, checked by the same core rules as typed; the
     * organisation's own name and credit code stay.
     */
    private String fillRepresentativeFromCard(org.yichuang.client.identity.IdentityCard card) {
        String name;
        try {
            name = PersonName.validate(card.name());
        } catch (DomainException e) {
            return messages.text("card.refused.name", messages.errorMessage(e));
        }
        org.yichuang.core.identity.DocumentNumber number;
        try {
            number = org.yichuang.core.person.Applicant.representativeDocument(party.kind(), card.documentType(),
                    card.number(), today.get());
        } catch (DomainException e) {
            return messages.text("card.refused.number", e.getMessage());
        }
        party.setRepresentative(name);
        party.setRepresentativeType(number.type());
        party.setRepresentativeNumber(number.value());
        return null;
    }

    /** The card's name is in the representative's field for an organisation, else in 姓名. */
    @Override
    public String cardName() {
        return party.organisation() ? party.representative() : applicantName();
    }

    /** The card's number is in the representative's number field for an organisation, else in 证件号码. */
    @Override
    public String cardNumber() {
        return party.organisation() ? party.representativeNumber() : idNumber();
    }

    /** Shows the ID number as it will be stored: a valid 15-digit number becomes its 18-digit form. */
    public void normalizeIdNumber() {
        if (resident() && validNumber != null && !validNumber.equals(idNumber)) {
            setIdNumber(validNumber);
        }
    }

    /** issue 12: where the counter's current queue ticket comes from; new cases are linked to it. */
    public void setTicketSource(Supplier<Long> source) {
        this.ticketSource = source;
    }

    /**
     * Creates the case (收件) off the EDT, or for a 一件事 the parent and its child cases; a retry of the same content
     * keeps the idempotency key.
     */
    public void createCase() {
        if (!canCreate) {
            return;
        }
        String phoneValue = validPhone == null ? null : validPhone.value();
        ApplicantInput applicant = party.organisation()
                ? ApplicantInput.organisation(party.kind(), validName, validDocumentNumber(),
                        party.validRepresentative(), phoneValue, party.validAgent())
                        .withRepresentativeDocument(representativeDocumentType(), representativeDocumentNumber())
                : ApplicantInput.naturalPerson(validName, documentType, validDocumentNumber(), phoneValue,
                        party.validAgent());
        String remarksValue = Remarks.valueOf(validRemarks);
        Object content = selectedEntry.isBundle()
                ? new NewBundleCase(null, selectedEntry.code(), applicant, remarksValue)
                : new NewCase(null, selectedItem().implementationCode(), applicant, remarksValue);
        if (pendingKey == null || !content.equals(pendingContent)) {
            pendingKey = newIdempotencyKey.get();
            pendingContent = content;
        }
        String key = pendingKey;
        if (content instanceof NewBundleCase b) {
            // the ticket the counter serves now, as for a single case: the application knows its ticket and wait
            Long ticket = ticketSource.get();
            submitOwn(() -> api.createBundleCase(new NewBundleCase(key, b.bundleCode(), applicant, remarksValue,
                    ticket)),
                    receipt -> {
                        forgetApplicant();
                        onBundleCreated.accept(receipt);
                    });
        } else {
            NewCase c = (NewCase) content;
            // issue 12: the ticket the counter serves now, so the case knows its ticket and waiting time
            Long ticket = ticketSource.get();
            submitOwn(() -> api.createCase(new NewCase(key, c.itemCode(), applicant, remarksValue, ticket)),
                    this::created);
        }
    }

    /**
     * 下一位: forgets everything personal (the applicant's fields, the last case) and the search, so the next
     * applicant sees nothing of the one before.
     */
    public void nextApplicant() {
        pendingKey = null;
        pendingContent = null;
        setApplicantName("");
        setIdNumber("");
        setPhone("");
        setRemarks("");
        setDocumentType(org.yichuang.core.identity.DocumentType.RESIDENT_ID);
        party.clear();
        CaseReceipt old = lastReceipt;
        lastReceipt = null;
        fire(Property.LAST_RECEIPT, old, null);
        clearFilter();
        clearBlocker();
    }

    /** Returns the key the next submission of the current content would carry (for tests), or null. */
    String pendingKey() {
        return pendingKey;
    }

    private void created(CaseReceipt receipt) {
        CaseReceipt old = lastReceipt;
        lastReceipt = receipt;
        fire(Property.LAST_RECEIPT, old, lastReceipt);
        forgetApplicant();
        onCreated.accept(receipt);
    }

    /** The case is received: the form is empty for the next one (the kind and agent too). */
    private void forgetApplicant() {
        pendingKey = null;
        pendingContent = null;
        setApplicantName("");
        setIdNumber("");
        setPhone("");
        setRemarks("");
        party.clear();
    }

    private void refilter() {
        List<CatalogEntry> old = visibleEntries;
        visibleEntries = index.search(filter);
        fire(Property.VISIBLE_ITEMS, old, visibleEntries);
        String oldSummary = resultSummary;
        resultSummary = summary();
        fire(Property.RESULT_SUMMARY, oldSummary, resultSummary);
        boolean typing = !filter.isBlank();
        if (typing || selectedEntry == null || !visibleEntries.contains(selectedEntry)) {
            select(visibleEntries.isEmpty() ? null : visibleEntries.get(0));
        }
    }

    private String summary() {
        if (!loaded) {
            return messages.text("intake.search.loading");
        }
        if (!filter.isBlank()) {
            return visibleEntries.isEmpty() ? messages.text("intake.search.none")
                    : messages.text("intake.search.matches", visibleEntries.size());
        }
        long bundles = visibleEntries.stream().filter(CatalogEntry::isBundle).count();
        return messages.text("intake.search.all", visibleEntries.size() - bundles, bundles);
    }

    private void validate() {
        validName = null;
        String newNameError = null;
        if (!applicantName.isBlank()) {
            try {
                validName = party.checkName(applicantName);
            } catch (DomainException e) {
                newNameError = messages.errorMessage(e);
            }
        }
        ApplicantPartyPresenter.NumberCheck number = party.checkNumber(documentType, idNumber);
        validNumber = number.value();
        String newIdError = number.error();
        String newIdHint = number.hint();
        // the server checks with the same core types: what passes here is what it stores
        validPhone = null;
        String newPhoneError = null;
        try {
            validPhone = PhoneNumber.parseOptional(phone);
        } catch (DomainException e) {
            newPhoneError = messages.errorMessage(e);
        }
        validRemarks = null;
        remarksError = null;
        try {
            validRemarks = Remarks.parseOptional(remarks);
        } catch (DomainException e) {
            remarksError = e.code() == ErrorCode.FIELD_TOO_LONG
                    ? messages.text("intake.blocked.remarks", MAX_REMARKS) : messages.errorMessage(e);
        }
        boolean remarksOk = remarksError == null;
        fire(Property.NAME_ERROR, nameError, nameError = newNameError);
        fire(Property.ID_ERROR, idError, idError = newIdError);
        fire(Property.ID_HINT, idHint, idHint = newIdHint);
        fire(Property.PHONE_ERROR, phoneError, phoneError = newPhoneError);
        clearBlocker();
        boolean old = formValid;
        formValid = validName != null && validDocumentNumber() != null && newPhoneError == null && remarksOk
                && party.isValid();
        fire(Property.FORM_VALID, old, formValid);
        updateCanCreate();
    }

    private void clearBlocker() {
        Blocker old = blocker;
        blocker = null;
        fire(Property.BLOCKER, old, null);
    }


    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
        updateCanCreate();
    }

    private void updateCanCreate() {
        boolean old = canCreate;
        canCreate = selectedEntry != null && formValid && !busy;
        fire(Property.CAN_CREATE, old, canCreate);
        boolean oldGuide = canPrintGuide;
        canPrintGuide = selectedEntry != null && !busy;
        fire(Property.CAN_PRINT_GUIDE, oldGuide, canPrintGuide);
    }

    @Override
    public String toString() {
        return "IntakePresenter[" + Objects.toString(selectedEntry == null ? null : selectedEntry.code()) + "]";
    }
}
