package org.yichuang.client.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.yichuang.core.api.AlertSubscription;
import org.yichuang.core.api.CaseDeadlineExplanations;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseListPage;
import org.yichuang.core.api.CaseListQuery;
import org.yichuang.core.api.CalendarImportRequest;
import org.yichuang.core.api.CalendarImportResult;
import org.yichuang.core.api.CalendarOverview;
import org.yichuang.core.api.CalendarYear;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.api.CatalogListing;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.ImportResult;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.api.SessionInfo;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.ErrorResponse;

/**
 * {@link HallApi} over HTTP/JSON with {@code java.net.http}. Blocking: callers run it through BackgroundTasks.
 *
 * <p>Server errors arrive as {@code {"code","message","problems"}} and become {@link ApiException}s with the same
 * code and problems; no answer at all becomes {@link ErrorCode#SERVER_UNREACHABLE} with HTTP status 0.
 */
public final class HttpHallApi implements HallApi {
    /** Default for connecting and for a whole request; the counter's LAN answers well within it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Uploads above this size (a whole catalog workbook) get six times the timeout: the server validates it all. */
    private static final int LARGE_BODY = 1 << 20;
    /**
     * A workbook the server generates gets the upload's longer timeout too: the first one after the server starts
     * loads Apache POI (an export of one row took 10.5 s on the loaded 2-core build machine, the next 0.25 s).
     */
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final URI baseUrl;
    private final Duration timeout;
    private final HttpClient http;
    private volatile String token;

    /** Creates a client for the server at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
    public HttpHallApi(URI baseUrl, Duration timeout) {
        String s = Objects.requireNonNull(baseUrl).toString();
        this.baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.timeout = Objects.requireNonNull(timeout);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Creates a client with {@link #DEFAULT_TIMEOUT}. */
    public HttpHallApi(URI baseUrl) {
        this(baseUrl, DEFAULT_TIMEOUT);
    }

    @Override
    public SessionInfo signIn(SignInRequest request) {
        SessionInfo session = send("POST", "/api/sessions", request, JSON.constructType(SessionInfo.class));
        token = session.token();
        return session;
    }

    @Override
    public void signOut() {
        if (token == null) {
            return;
        }
        try {
            send("DELETE", "/api/sessions/current", null, null);
        } catch (ApiException e) {
            // the session ends locally either way; an expired token or a dead link changes nothing for the clerk
        } finally {
            token = null;
        }
    }

    @Override
    public List<ServiceItemSummary> listItems() {
        return send("GET", "/api/items", null, JSON.getTypeFactory().constructType(new TypeReference<List<ServiceItemSummary>>() { }));
    }

    @Override
    public CaseReceipt createCase(NewCase request) {
        return send("POST", "/api/cases", request, JSON.constructType(CaseReceipt.class));
    }

    @Override
    public CaseReceipt getCase(String caseNo) {
        return send("GET", "/api/cases/" + URLEncoder.encode(caseNo, StandardCharsets.UTF_8), null,
                JSON.constructType(CaseReceipt.class));
    }

    @Override
    public HallInfo hallInfo() {
        return send("GET", "/api/hall", null, JSON.constructType(HallInfo.class));
    }

    @Override
    public VersionedItem getItem(String implementationCode) {
        return send("GET", "/api/items/" + segment(implementationCode), null, JSON.constructType(VersionedItem.class));
    }

    @Override
    public List<CatalogListing> listCatalog() {
        return send("GET", "/api/catalog/items", null,
                JSON.getTypeFactory().constructType(new TypeReference<List<CatalogListing>>() { }));
    }

    @Override
    public List<VersionedItem> itemVersions(String implementationCode) {
        return send("GET", "/api/items/" + segment(implementationCode) + "/versions", null,
                JSON.getTypeFactory().constructType(new TypeReference<List<VersionedItem>>() { }));
    }

    @Override
    public List<ServiceBundle> listBundles() {
        return send("GET", "/api/bundles", null,
                JSON.getTypeFactory().constructType(new TypeReference<List<ServiceBundle>>() { }));
    }

    @Override
    public VersionedItem saveItem(ItemChange change) {
        return send("PUT", "/api/items/" + segment(change.item().implementationCode()), change,
                JSON.constructType(VersionedItem.class));
    }

    @Override
    public ServiceBundle saveBundle(ServiceBundle bundle) {
        return send("PUT", "/api/bundles/" + segment(bundle.code()), bundle, JSON.constructType(ServiceBundle.class));
    }

    @Override
    public void deleteBundle(String bundleCode) {
        send("DELETE", "/api/bundles/" + segment(bundleCode), null, null);
    }

    @Override
    public void recordIdentityRead(org.yichuang.core.api.IdentityReadNotice notice) {
        send("POST", "/api/identity-reads", notice, null);
    }

    @Override
    public ImportResult importCatalog(byte[] content, CatalogFormat format) {
        byte[] answer = exchange("POST", "/api/catalog/import", format.mediaType(), content, "application/json");
        return fromJson(answer, JSON.constructType(ImportResult.class));
    }

    @Override
    public byte[] exportCatalog(CatalogFormat format) {
        return exchange("GET", "/api/catalog/export?format=" + format.extension(), null, null, format.mediaType());
    }

    @Override
    public CaseListPage listCases(CaseListQuery query) {
        return send("GET", "/api/cases?" + CaseQueries.toQueryString(query), null, JSON.constructType(CaseListPage.class));
    }

    @Override
    public byte[] exportCases(CaseListQuery query) {
        return exchange("GET", "/api/cases/export.xlsx?" + CaseQueries.exportQueryString(query), null, null,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Override
    public CaseLifecycleView caseLifecycle(String caseNo) {
        return send("GET", "/api/cases/" + segment(caseNo) + "/lifecycle", null,
                JSON.constructType(CaseLifecycleView.class));
    }

    @Override
    public CaseLifecycleView transition(String caseNo, CaseTransitionRequest request) {
        return send("POST", "/api/cases/" + segment(caseNo) + "/transitions", request,
                JSON.constructType(CaseLifecycleView.class));
    }

    @Override
    public CaseDeadlineExplanations deadlineExplanation(String caseNo) {
        return send("GET", "/api/cases/" + segment(caseNo) + "/deadline-explanation", null,
                JSON.constructType(CaseDeadlineExplanations.class));
    }

    @Override
    public AlertSubscription subscribeAlerts(String lastEventId, AlertSubscription.Listener listener) {
        return AlertStreamReader.open(http, baseUrl, timeout, token, lastEventId, JSON, listener);
    }

    @Override
    public CalendarOverview calendar() {
        return send("GET", "/api/calendar", null, JSON.constructType(CalendarOverview.class));
    }

    @Override
    public CalendarYear calendarYear(int year) {
        return send("GET", "/api/calendar/" + year, null, JSON.constructType(CalendarYear.class));
    }

    @Override
    public CalendarImportResult importCalendar(CalendarImportRequest request) {
        return send("POST", "/api/calendar/import", request, JSON.constructType(CalendarImportResult.class));
    }

    // issue 10: intake screen

    @Override
    public org.yichuang.core.api.IntakeOptions intakeOptions(String caseNo,
            org.yichuang.core.api.IntakeSubmission submission) {
        return send("POST", "/api/cases/" + segment(caseNo) + "/intake/options", submission,
                JSON.constructType(org.yichuang.core.api.IntakeOptions.class));
    }

    @Override
    public CaseLifecycleView submitIntake(String caseNo, org.yichuang.core.api.IntakeSubmission submission) {
        return send("POST", "/api/cases/" + segment(caseNo) + "/intake", submission,
                JSON.constructType(CaseLifecycleView.class));
    }

    @Override
    public org.yichuang.core.api.CaseIntakeView caseIntake(String caseNo) {
        return send("GET", "/api/cases/" + segment(caseNo) + "/intake", null,
                JSON.constructType(org.yichuang.core.api.CaseIntakeView.class));
    }

    @Override
    public CaseLifecycleView submitSupplement(String caseNo, org.yichuang.core.api.SupplementSubmission submission) {
        return send("POST", "/api/cases/" + segment(caseNo) + "/supplements", submission,
                JSON.constructType(CaseLifecycleView.class));
    }

    // issue 10: case documents

    @Override
    public List<CaseDocumentView> caseDocuments(String caseNo) {
        return send("GET", "/api/cases/" + segment(caseNo) + "/documents", null,
                JSON.getTypeFactory().constructCollectionType(List.class, CaseDocumentView.class));
    }

    @Override
    public byte[] documentPdf(String caseNo, long documentId, org.yichuang.core.notice.Paper paper) {
        return exchange("GET", "/api/cases/" + segment(caseNo) + "/documents/" + documentId + "/pdf?paper="
                + paper.name(), null, null, "application/pdf");
    }

    @Override
    public byte[] documentCopy(String caseNo, long documentId, org.yichuang.core.notice.Paper paper) {
        return exchange("POST", "/api/cases/" + segment(caseNo) + "/documents/" + documentId + "/copies?paper="
                + paper.name(), null, null, "application/pdf");
    }

    private static String segment(String pathPart) {
        return URLEncoder.encode(pathPart, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T send(String method, String path, Object body, JavaType answerType) {
        byte[] answer = exchange(method, path, body == null ? null : "application/json; charset=utf-8",
                body == null ? null : toJson(body), "application/json");
        if (answerType == null || answer.length == 0) {
            return null;
        }
        return fromJson(answer, answerType);
    }

    private static <T> T fromJson(byte[] answer, JavaType answerType) {
        try {
            return JSON.readValue(answer, answerType);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.INTERNAL_ERROR, "服务器应答无法解析。", 200);
        }
    }

    /** Sends one request and returns the body of a 2xx answer; anything else becomes an {@link ApiException}. */
    private byte[] exchange(String method, String path, String contentType, byte[] body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(body != null && body.length > LARGE_BODY || accept.equals(XLSX) ? timeout.multipliedBy(6)
                        : timeout)
                .header("Accept", accept);
        String bearer = token;
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            b.header("Content-Type", contentType);
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ApiException(ErrorCode.SERVER_UNREACHABLE, "服务器响应超时，请检查网络后重试。", 0);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.SERVER_UNREACHABLE, ErrorCode.SERVER_UNREACHABLE.defaultMessage(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("request interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        throw toApiException(status, response.body());
    }

    private static byte[] toJson(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    // issue 10: applicants

    @Override
    public org.yichuang.core.api.ApplicantView findApplicant(org.yichuang.core.api.ApplicantLookup lookup) {
        // POST: the number goes in the body, never in the URL that proxies and access logs keep
        return send("POST", "/api/applicants/lookup", lookup,
                JSON.constructType(org.yichuang.core.api.ApplicantView.class));
    }

    /** Decodes an error answer; anything not in our format keeps its status and a generic message. */
    static ApiException toApiException(int status, byte[] body) {
        try {
            ErrorResponse error = JSON.readValue(body, ErrorResponse.class);
            if (error != null && error.code() != null) {
                ErrorCode code = ErrorCode.valueOf(error.code());
                String message = error.message() == null || error.message().isBlank()
                        ? code.defaultMessage() : error.message();
                return new ApiException(code, message, status, error.problems());
            }
        } catch (IOException | IllegalArgumentException e) {
            // not our error format (a proxy page) or a code newer than this client: fall through
        }
        ErrorCode code = status == 401 ? ErrorCode.AUTH_REQUIRED
                : status == 404 ? ErrorCode.NOT_FOUND
                : status == 502 || status == 503 || status == 504 ? ErrorCode.SERVER_UNREACHABLE
                : ErrorCode.INTERNAL_ERROR;
        return new ApiException(code, code.defaultMessage(), status);
    }

    // issue 10: bundles (一件事)

    @Override
    public org.yichuang.core.api.BundleCaseReceipt createBundleCase(org.yichuang.core.api.NewBundleCase request) {
        return send("POST", "/api/bundle-cases", request,
                JSON.constructType(org.yichuang.core.api.BundleCaseReceipt.class));
    }

    @Override
    public org.yichuang.core.api.BundleCaseView bundleCase(String caseNo) {
        return send("GET", "/api/bundle-cases/" + URLEncoder.encode(caseNo, StandardCharsets.UTF_8), null,
                JSON.constructType(org.yichuang.core.api.BundleCaseView.class));
    }

    @Override
    public org.yichuang.core.api.BundleCaseView submitBundleIntake(String parentCaseNo,
            org.yichuang.core.api.IntakeSubmission submission) {
        return send("POST", "/api/cases/" + URLEncoder.encode(parentCaseNo, StandardCharsets.UTF_8) + "/intake",
                submission, JSON.constructType(org.yichuang.core.api.BundleCaseView.class));
    }

    // issue 12: counter panel (窗口叫号)
    // issue 12: queue settings and reception

    @Override
    public org.yichuang.core.api.queue.QueueSettingsView queueSettings() {
        return send("GET", "/api/queue/settings", null,
                JSON.constructType(org.yichuang.core.api.queue.QueueSettingsView.class));
    }

    @Override
    public org.yichuang.core.api.queue.CounterQueueView counterQueue() {
        return send("GET", "/api/queue/counter", null,
                JSON.constructType(org.yichuang.core.api.queue.CounterQueueView.class));
    }

    @Override
    public org.yichuang.core.api.queue.TicketView callNextTicket() {
        return send("POST", "/api/queue/counter/next", java.util.Map.of(),
                JSON.constructType(org.yichuang.core.api.queue.TicketView.class));
    }

    @Override
    public org.yichuang.core.api.queue.TicketView callTicket(org.yichuang.core.api.queue.CallRequest request) {
        return send("POST", "/api/queue/counter/call", request,
                JSON.constructType(org.yichuang.core.api.queue.TicketView.class));
    }

    @Override
    public org.yichuang.core.api.queue.CounterQueueView pauseCounter(boolean paused) {
        return send("POST", paused ? "/api/queue/counter/pause" : "/api/queue/counter/resume", java.util.Map.of(),
                JSON.constructType(org.yichuang.core.api.queue.CounterQueueView.class));
    }

    @Override
    public org.yichuang.core.api.queue.TicketView ticketStep(long ticketId,
            org.yichuang.core.api.queue.TicketStep step) {
        return send("POST", "/api/queue/tickets/" + ticketId + "/" + step.path(), java.util.Map.of(),
                JSON.constructType(org.yichuang.core.api.queue.TicketView.class));
    }

    @Override
    public org.yichuang.core.api.queue.TicketView transferTicket(long ticketId,
            org.yichuang.core.api.queue.TransferRequest request) {
        return send("POST", "/api/queue/tickets/" + ticketId + "/transfer", request,
                JSON.constructType(org.yichuang.core.api.queue.TicketView.class));
    }

    @Override
    public org.yichuang.core.api.queue.QueueSubscription subscribeQueue(String lastEventId,
            org.yichuang.core.api.queue.QueueSubscription.Listener listener) {
        return QueueStreamReader.open(http, baseUrl, timeout, token, lastEventId, JSON, listener);
    }
    public org.yichuang.core.api.queue.QueueSettingsView saveQueueSettings(
            org.yichuang.core.api.queue.QueueSettingsChange change) {
        return send("PUT", "/api/queue/settings", change,
                JSON.constructType(org.yichuang.core.api.queue.QueueSettingsView.class));
    }

    @Override
    public org.yichuang.core.api.queue.TicketView issueTicket(org.yichuang.core.api.queue.TicketRequest request) {
        return send("POST", "/api/queue/tickets", request,
                JSON.constructType(org.yichuang.core.api.queue.TicketView.class));
    }

    // issue 12: daily queue figures

    @Override
    public org.yichuang.core.api.queue.QueueFigures queueFigures(java.time.LocalDate day) {
        return send("GET", "/api/queue/figures?day=" + day, null,
                JSON.constructType(org.yichuang.core.api.queue.QueueFigures.class));
    }

    @Override
    public byte[] exportQueueFigures(java.time.LocalDate day) {
        return exchange("GET", "/api/queue/figures/export.xlsx?day=" + day, null, null, XLSX);
    }

    // issue 12: booking check-in and slot capacities (预约签到, 每时段可预约人数)

    @Override
    public org.yichuang.core.api.queue.CheckInResult checkInBooking(
            org.yichuang.core.api.queue.CheckInRequest request) {
        return send("POST", "/api/queue/bookings/checkin", request,
                JSON.constructType(org.yichuang.core.api.queue.CheckInResult.class));
    }

    @Override
    public java.util.List<org.yichuang.core.api.queue.BookingCapacity> bookingCapacities() {
        return send("GET", "/api/queue/booking-capacities", null, JSON.getTypeFactory().constructCollectionType(
                java.util.List.class, org.yichuang.core.api.queue.BookingCapacity.class));
    }

    @Override
    public org.yichuang.core.api.queue.BookingOptions setBookingCapacity(String categoryCode,
            org.yichuang.core.api.queue.BookingCapacityChange change) {
        return send("PUT", "/api/queue/booking-capacities/" + URLEncoder.encode(categoryCode, StandardCharsets.UTF_8),
                change, JSON.constructType(org.yichuang.core.api.queue.BookingOptions.class));
    }

    // issue 10: hall settings

    @Override
    public org.yichuang.core.api.HallDocumentSettingsView hallDocumentSettings() {
        return send("GET", "/api/hall/document-settings", null,
                JSON.constructType(org.yichuang.core.api.HallDocumentSettingsView.class));
    }

    @Override
    public org.yichuang.core.api.HallDocumentSettingsView saveHallDocumentSettings(
            org.yichuang.core.api.HallDocumentSettings settings) {
        return send("PUT", "/api/hall/document-settings", settings,
                JSON.constructType(org.yichuang.core.api.HallDocumentSettingsView.class));
    }
}
