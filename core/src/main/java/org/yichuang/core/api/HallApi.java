package org.yichuang.core.api;

import java.util.List;
import org.yichuang.core.catalog.ServiceBundle;

/**
 * What a counter client asks of the hall server. The client's presentation code talks only to this
 * interface; {@code org.yichuang.client.net} implements it over HTTPS/JSON.
 *
 * <p>Every method may throw {@link org.yichuang.core.error.ApiException} carrying a stable error code.
 */
public interface HallApi {

    /** Signs in (登录) and keeps the session for later calls. */
    SessionInfo signIn(SignInRequest request);

    /** Signs out (退出) and forgets the session; harmless when not signed in. */
    void signOut();

    /** Lists the service items (事项) in force, ordered by department and name. */
    List<ServiceItemSummary> listItems();

    /** Creates a case (办件) in one transaction; the same idempotency key returns the same case. */
    CaseReceipt createCase(NewCase request);

    /** Returns a case by its number (办件编号); the read is audited. */
    CaseReceipt getCase(String caseNo);

    /** Returns the hall's name and public guide address (any signed-in role). */
    HallInfo hallInfo();

    /** Returns the version of an item in force now (any signed-in role); {@code ITEM_NOT_FOUND} if there is none. */
    VersionedItem getItem(String implementationCode);

    /** Lists every item's latest version, withdrawn and waiting ones included (ADMIN), by department and name. */
    List<CatalogListing> listCatalog();

    /** Returns every version of an item, newest first (ADMIN). */
    List<VersionedItem> itemVersions(String implementationCode);

    /** Lists the bundles (一件事), ordered by name (any signed-in role). */
    List<ServiceBundle> listBundles();

    /**
     * Saves an item as a new version (ADMIN); the item is checked with the catalog rules and every violation is
     * reported at once ({@code CATALOG_RULE_VIOLATED} with problems). The change is audited.
     */
    VersionedItem saveItem(ItemChange change);

    /** Creates or replaces a bundle (ADMIN, audited); every member item must exist. */
    ServiceBundle saveBundle(ServiceBundle bundle);

    /** Deletes a bundle (ADMIN, audited); {@code BUNDLE_NOT_FOUND} if there is none. */
    void deleteBundle(String bundleCode);

    /**
     * Imports a catalog file (ADMIN, audited): all or nothing. Every problem is reported with sheet, row and column
     * ({@code CATALOG_IMPORT_INVALID}) and nothing is stored when there is any.
     */
    ImportResult importCatalog(byte[] content, CatalogFormat format);

    /** Exports the whole catalog, the latest version of every item plus the bundles (ADMIN, audited). */
    byte[] exportCatalog(CatalogFormat format);

    // --- issue 9: cases, deadlines and 红黄牌 ---

    /** Lists cases (办件): a clerk's own or, for a supervisor, all, with counts per 红黄牌 level; audited. */
    CaseListPage listCases(CaseListQuery query);

    /** Exports the cases matching {@code query} (every page) as an .xlsx workbook (SUPERVISOR, audited). */
    byte[] exportCases(CaseListQuery query);

    /** Returns a case's legal life with the transitions the caller may take now; audited. */
    CaseLifecycleView caseLifecycle(String caseNo);

    /**
     * Takes one transition (受理, 开始审查, 暂停计时, ...) and returns the case as it is after it; refused with a stable
     * code when the state, the role or the content does not allow it. The same key and content answer the same result.
     */
    CaseLifecycleView transition(String caseNo, CaseTransitionRequest request);

    /** Returns how the case's due dates were computed (期限说明), in Chinese. */
    CaseDeadlineExplanations deadlineExplanation(String caseNo);

    /**
     * Opens the 红黄牌 stream: level changes of the cases the caller may see, after {@code lastEventId} (null for new
     * ones only). Returns at once; the listener is told on the stream's own thread.
     */
    AlertSubscription subscribeAlerts(String lastEventId, AlertSubscription.Listener listener);

    /** Returns the working-day calendar's versions (工作日历版本), the current one and its published years. */
    CalendarOverview calendar();

    /**
     * Returns every day of {@code year} in the current calendar version; a year without an official schedule is
     * weekends only and marked provisional (暂定).
     */
    CalendarYear calendarYear(int year);

    /**
     * Imports an official schedule CSV as a new calendar version (ADMIN, audited). A file with problems is refused
     * with {@code CALENDAR_IMPORT_INVALID} (422) listing every problem by line; a file that changes a published year
     * is refused with {@code CALENDAR_YEAR_CONFLICT} (409) listing every changed day, unless the request confirms.
     */
    CalendarImportResult importCalendar(CalendarImportRequest request);

    // --- issue 11: identity reading ---

    /**
     * Records that a card was read at the caller's counter (WINDOW, audited): the audit row names the counter and the
     * kind of card, never its content.
     */
    void recordIdentityRead(IdentityReadNotice notice);

    // --- issue 10: applicants ---

    /**
     * Finds a returning applicant by document type and number, or by credit code (WINDOW, audited: who looked up
     * whom); {@code APPLICANT_NOT_FOUND} when the hall has none. The number travels in the body, never in a URL.
     */
    ApplicantView findApplicant(ApplicantLookup lookup);

    // issue 10: intake screen

    /**
     * Returns the intake outcomes lawful now for the checklist so far (WINDOW): core's {@code IntakeRules.offered} on the
     * server's facts, with the dates a screen proposes; nothing is stored.
     */
    IntakeOptions intakeOptions(String caseNo, IntakeSubmission submission);

    /**
     * Records the intake (受理, 容缺受理, 一次性告知, 不予受理 ...) of a received case (WINDOW, audited); the server decides
     * with core's rules and refuses with a stable code naming the material or field at fault.
     */
    CaseLifecycleView submitIntake(String caseNo, IntakeSubmission submission);

    /** Returns a case's intake as recorded: checklist, outstanding materials and what the notices print; audited. */
    CaseIntakeView caseIntake(String caseNo);

    /** Records materials an applicant brings back (补正/补齐, WINDOW, audited); the case moves on once none is left. */
    CaseLifecycleView submitSupplement(String caseNo, SupplementSubmission submission);

    // --- issue 10: case documents ---

    /**
     * Returns the documents (文书) the server issued with the case, in order of issue (WINDOW, BACK_OFFICE, RELEASE,
     * SUPERVISOR; a window clerk only for cases of the counter's hall; audited).
     */
    List<CaseDocumentView> caseDocuments(String caseNo);

    /**
     * Returns the stored original PDF of a document on a paper it has (audited).
     *
     * @throws org.yichuang.core.error.ApiException DOCUMENT_NOT_FOUND, DOCUMENT_PAPER_NOT_AVAILABLE, CASE_OF_OTHER_HALL
     */
    byte[] documentPdf(String caseNo, long documentId, org.yichuang.core.notice.Paper paper);

    /**
     * Renders a 副本 (copy) of a document from the data of its original, marked 副本, and counts it (audited).
     *
     * @throws org.yichuang.core.error.ApiException DOCUMENT_NOT_FOUND, DOCUMENT_PAPER_NOT_AVAILABLE, CASE_OF_OTHER_HALL
     */
    byte[] documentCopy(String caseNo, long documentId, org.yichuang.core.notice.Paper paper);

    // --- issue 10: bundles (一件事) ---

    /**
     * Receives a 一件事 application at the caller's counter (WINDOW, audited): one parent case and one child case per
     * member, in one transaction; the same key again answers the same receipt.
     */
    BundleCaseReceipt createBundleCase(NewBundleCase request);

    /**
     * Returns the 一件事 application a parent's or a child's number belongs to, with its children (audited);
     * {@code CASE_NOT_FOUND} for a number of no application.
     */
    BundleCaseView bundleCase(String caseNo);

    /**
     * Records the intake of a whole 一件事 application (WINDOW, audited): the merged checklist (一表申报, core
     * {@code BundleChecklist.merged}) and one outcome, applied to every child in one transaction
     * ({@code POST /api/cases/{parentCaseNo}/intake}); answers the application's view.
     */
    BundleCaseView submitBundleIntake(String parentCaseNo, IntakeSubmission submission);

    // issue 12: counter panel (窗口叫号)

    /** Returns the caller's counter panel: paused or not, its current ticket, the waiting counts of its categories. */
    org.yichuang.core.api.queue.CounterQueueView counterQueue();

    /**
     * Calls the next ticket of the caller's counter (叫号), exactly once across counters.
     *
     * @throws org.yichuang.core.error.ApiException QUEUE_COUNTER_PAUSED, QUEUE_COUNTER_BUSY, QUEUE_EMPTY
     */
    org.yichuang.core.api.queue.TicketView callNextTicket();

    /**
     * Calls one ticket by its number (指定叫号).
     *
     * @throws org.yichuang.core.error.ApiException TICKET_NUMBER_INVALID, QUEUE_TICKET_NOT_FOUND,
     *         QUEUE_NOT_SERVED_HERE, QUEUE_TICKET_TAKEN
     */
    org.yichuang.core.api.queue.TicketView callTicket(org.yichuang.core.api.queue.CallRequest request);

    /** 暂停服务 ({@code true}) or 恢复服务 ({@code false}) at the caller's counter; returns the panel. */
    org.yichuang.core.api.queue.CounterQueueView pauseCounter(boolean paused);

    /**
     * One step on the counter's ticket: 重呼, 开始办理, 办结, 过号 or 挂起. A stale screen gets {@code QUEUE_TICKET_TAKEN}
     * naming the counter that was first, a step the state forbids {@code QUEUE_TICKET_STATE}.
     */
    org.yichuang.core.api.queue.TicketView ticketStep(long ticketId, org.yichuang.core.api.queue.TicketStep step);

    /** 转移: the ticket to another category or counter, keeping its number. */
    org.yichuang.core.api.queue.TicketView transferTicket(long ticketId,
            org.yichuang.core.api.queue.TransferRequest request);

    /**
     * Opens the queue's live stream after {@code lastEventId} (null for new events only). Returns at once; the
     * listener is told on the stream's own thread.
     */
    org.yichuang.core.api.queue.QueueSubscription subscribeQueue(String lastEventId,
            org.yichuang.core.api.queue.QueueSubscription.Listener listener);

    // issue 12: queue settings and reception

    /** Returns the hall's queue settings (叫号设置) with their version; version 0 = the defaults (any signed-in role). */
    org.yichuang.core.api.queue.QueueSettingsView queueSettings();

    /**
     * Replaces the queue settings whole (ADMIN, audited): {@code QUEUE_SETTINGS_INVALID} lists every violation,
     * {@code QUEUE_SETTINGS_CONFLICT} when someone saved since {@code expectedVersion}.
     */
    org.yichuang.core.api.queue.QueueSettingsView saveQueueSettings(org.yichuang.core.api.queue.QueueSettingsChange change);

    /**
     * Issues a ticket at reception (WINDOW, 取号): the document number travels in the body only and is never stored.
     */
    org.yichuang.core.api.queue.TicketView issueTicket(org.yichuang.core.api.queue.TicketRequest request);

    // issue 12: daily queue figures

    /**
     * Returns one queue day's figures (排队日统计, SUPERVISOR or ADMIN, audited): waiting, service and idle-with-queue
     * times per counter, clerk, category and hour ({@code GET /api/queue/figures?day=}).
     */
    org.yichuang.core.api.queue.QueueFigures queueFigures(java.time.LocalDate day);

    /** Exports one queue day's figures as an .xlsx workbook (SUPERVISOR or ADMIN, audited like the read). */
    byte[] exportQueueFigures(java.time.LocalDate day);

    // issue 12: booking check-in and slot capacities (预约签到, 每时段可预约人数)

    /**
     * 预约签到 at reception (WINDOW): today's booking of the person becomes a 预约 priority ticket; the answer names the
     * booked person in full so the clerk can compare ({@code POST /api/queue/bookings/checkin}).
     *
     * @throws org.yichuang.core.error.ApiException BOOKING_NOT_FOUND, BOOKING_CHECKIN_TOO_LATE, QUEUE_ALREADY_HAS_TICKET,
     *         the category's QUEUE_ codes, the document number's own codes
     */
    org.yichuang.core.api.queue.CheckInResult checkInBooking(org.yichuang.core.api.queue.CheckInRequest request);

    /** The places per slot of every category offering booking (ADMIN; {@code GET /api/queue/booking-capacities}). */
    java.util.List<org.yichuang.core.api.queue.BookingCapacity> bookingCapacities();

    /**
     * Sets the places per slot of a category (ADMIN, audited; {@code PUT /api/queue/booking-capacities/{category}}).
     *
     * @throws org.yichuang.core.error.ApiException QUEUE_CATEGORY_NOT_FOUND, FIELD_TOO_LONG (outside 0–1000)
     */
    org.yichuang.core.api.queue.BookingOptions setBookingCapacity(String categoryCode,
            org.yichuang.core.api.queue.BookingCapacityChange change);

    // issue 10: hall settings

    /** The hall's 大厅设置 (ADMIN; {@code GET /api/hall/document-settings}), every kind code given. */
    HallDocumentSettingsView hallDocumentSettings();

    /**
     * Replaces the hall's 大厅设置 (ADMIN, audited; {@code PUT /api/hall/document-settings}); returns them as stored.
     *
     * @throws org.yichuang.core.error.ApiException HALL_SETTINGS_INVALID with every problem located by field
     */
    HallDocumentSettingsView saveHallDocumentSettings(HallDocumentSettings settings);
}
