package org.yichuang.client.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.person.PersonName;

/**
 * State of the intake (收件受理) panel: the service items, the filter, the chosen item and the applicant form;
 * creates the case through BackgroundTasks.
 */
public final class IntakePresenter extends ObservableModel<IntakePresenter.Property> {
    /** Observable properties. */
    public enum Property {
        ITEMS, FILTER, VISIBLE_ITEMS, SELECTED_ITEM, APPLICANT_NAME, ID_NUMBER, PHONE, REMARKS,
        NAME_ERROR, ID_ERROR, ID_HINT, PHONE_ERROR, FORM_VALID, BUSY, CAN_CREATE, LAST_RECEIPT
    }

    /** Mainland mobile (11 digits), landline with area code, or a local 7–8 digit number. */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{7,8}");
    /** The longest remark the server stores. */
    public static final int MAX_REMARKS = 500;

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final Supplier<String> newIdempotencyKey;
    private final Consumer<CaseReceipt> onCreated;
    private final BackgroundTasks.TaskListener busyListener = new BackgroundTasks.TaskListener() {
        @Override
        public void busyChanged(boolean value) {
            setBusy(value);
        }
    };

    private List<ServiceItemSummary> items = List.of();
    private String filter = "";
    private List<ServiceItemSummary> visibleItems = List.of();
    private ServiceItemSummary selectedItem;
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
    private CaseReceipt lastReceipt;

    private String validName;
    private IdNumber validId;
    /** The key of the last unconfirmed submission and what it carried: a retry of the same content reuses it. */
    private String pendingKey;
    private NewCase pendingContent;

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
        this.busy = tasks.isBusy();
        tasks.addListener(busyListener);
        validate();
    }

    /** Stops listening to the shared task funnel; call when the panel goes away. */
    public void dispose() {
        tasks.removeListener(busyListener);
    }

    /** Loads the service items (事项) from the server. */
    public void loadItems() {
        tasks.submit(api::listItems, this::setItems);
    }

    /** Returns every item listed by the server. */
    public List<ServiceItemSummary> items() {
        return items;
    }

    /** Returns the items matching the filter, in server order. */
    public List<ServiceItemSummary> visibleItems() {
        return visibleItems;
    }

    /** Returns the chosen item, or null. */
    public ServiceItemSummary selectedItem() {
        return selectedItem;
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

    /** Returns the receipt of the case created last, or null. */
    public CaseReceipt lastReceipt() {
        return lastReceipt;
    }

    /** Returns the ID number as it will be sent (15-digit numbers upgraded), or null when invalid. */
    public String normalizedIdNumber() {
        return validId == null ? null : validId.value();
    }

    /** Replaces the items (after loading). */
    void setItems(List<ServiceItemSummary> value) {
        List<ServiceItemSummary> old = items;
        items = List.copyOf(value);
        fire(Property.ITEMS, old, items);
        refilter();
    }

    /** Filters the items by a substring of name, department or implementation code (ignoring case). */
    public void setFilter(String value) {
        String old = filter;
        filter = value == null ? "" : value;
        fire(Property.FILTER, old, filter);
        refilter();
    }

    /** Chooses the item to create the case for; null clears the choice. */
    public void select(ServiceItemSummary item) {
        ServiceItemSummary old = selectedItem;
        selectedItem = item;
        fire(Property.SELECTED_ITEM, old, selectedItem);
        updateCanCreate();
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

    /** Shows the ID number as it will be stored: a valid 15-digit number becomes its 18-digit form. */
    public void normalizeIdNumber() {
        if (validId != null && !validId.value().equals(idNumber)) {
            setIdNumber(validId.value());
        }
    }

    /** Creates the case (受理) off the EDT; a retry of the same content keeps the idempotency key. */
    public void createCase() {
        if (!canCreate) {
            return;
        }
        String trimmedPhone = phone.strip();
        String trimmedRemarks = remarks.strip();
        NewCase content = new NewCase(null, selectedItem.implementationCode(),
                new ApplicantInput(validName, validId.value(), trimmedPhone.isEmpty() ? null : trimmedPhone),
                trimmedRemarks.isEmpty() ? null : trimmedRemarks);
        if (pendingKey == null || !content.equals(pendingContent)) {
            pendingKey = newIdempotencyKey.get();
            pendingContent = content;
        }
        NewCase request = new NewCase(pendingKey, content.itemCode(), content.applicant(), content.remarks());
        tasks.submit(() -> api.createCase(request), this::created);
    }

    /** Returns the key the next submission of the current content would carry (for tests), or null. */
    String pendingKey() {
        return pendingKey;
    }

    private void created(CaseReceipt receipt) {
        pendingKey = null;
        pendingContent = null;
        CaseReceipt old = lastReceipt;
        lastReceipt = receipt;
        fire(Property.LAST_RECEIPT, old, lastReceipt);
        setApplicantName("");
        setIdNumber("");
        setPhone("");
        setRemarks("");
        onCreated.accept(receipt);
    }

    private void refilter() {
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        List<ServiceItemSummary> old = visibleItems;
        visibleItems = needle.isEmpty() ? items : items.stream().filter(i -> matches(i, needle)).toList();
        fire(Property.VISIBLE_ITEMS, old, visibleItems);
        if (selectedItem == null || !visibleItems.contains(selectedItem)) {
            select(visibleItems.isEmpty() ? null : visibleItems.get(0));
        }
    }

    private static boolean matches(ServiceItemSummary item, String needle) {
        return contains(item.name(), needle) || contains(item.department(), needle)
                || contains(item.implementationCode(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void validate() {
        validName = null;
        String newNameError = null;
        if (!applicantName.isBlank()) {
            try {
                validName = PersonName.validate(applicantName);
            } catch (DomainException e) {
                newNameError = messages.errorMessage(e);
            }
        }
        validId = null;
        String newIdError = null;
        String newIdHint = null;
        String compact = idNumber.strip().replace(" ", "");
        if (!compact.isEmpty()) {
            boolean digitsSoFar = compact.matches("\\d{1,17}");
            try {
                validId = IdNumber.parse(compact, today.get());
                if (compact.length() == 15) {
                    newIdHint = messages.text("intake.id.upgraded", validId.value());
                }
            } catch (DomainException e) {
                if (digitsSoFar && e.code() == ErrorCode.ID_NUMBER_FORMAT) {
                    newIdHint = messages.text("intake.id.progress", compact.length());
                } else {
                    newIdError = messages.errorMessage(e);
                }
            }
        }
        String newPhoneError = null;
        String compactPhone = phone.strip().replace(" ", "");
        if (!compactPhone.isEmpty() && !PHONE.matcher(compactPhone).matches()) {
            newPhoneError = messages.errorMessage(ErrorCode.PHONE_INVALID, null);
        }
        boolean remarksOk = remarks.strip().length() <= MAX_REMARKS;
        set(Property.NAME_ERROR, nameError, nameError = newNameError);
        set(Property.ID_ERROR, idError, idError = newIdError);
        set(Property.ID_HINT, idHint, idHint = newIdHint);
        set(Property.PHONE_ERROR, phoneError, phoneError = newPhoneError);
        boolean old = formValid;
        formValid = validName != null && validId != null && newPhoneError == null && remarksOk;
        fire(Property.FORM_VALID, old, formValid);
        updateCanCreate();
    }

    private void set(Property property, Object old, Object now) {
        fire(property, old, now);
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
        updateCanCreate();
    }

    private void updateCanCreate() {
        boolean old = canCreate;
        canCreate = selectedItem != null && formValid && !busy;
        fire(Property.CAN_CREATE, old, canCreate);
    }

    @Override
    public String toString() {
        return "IntakePresenter[" + Objects.toString(selectedItem == null ? null : selectedItem.implementationCode()) + "]";
    }
}
