package org.yichuang.client.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.api.SessionInfo;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.person.PersonName;
import org.yichuang.core.staff.Role;

/** An in-memory {@link HallApi} that passes the same contract as the server; for presenter and UI tests. */
public final class FakeHallApi implements HallApi {
    /** The window clerk every fake knows. */
    public static final String CLERK = "clerk";
    public static final String CLERK_PASSWORD = "Counter-Pass-1";
    public static final String CLERK_NAME = "王小明";
    public static final int COUNTER_NO = 3;
    /** Failed sign-ins in a row that lock an account. */
    public static final int LOCK_AFTER = 5;

    /** A few items like the demo catalogue. */
    public static final List<ServiceItemSummary> ITEMS = List.of(
            new ServiceItemSummary("11450721MB155808114000104002000", "公共场所卫生许可（新办）", "市卫生健康委员会",
                    CaseKind.PROMISED, TimeLimit.workingDays(20), TimeLimit.workingDays(5)),
            new ServiceItemSummary("11450721MB155808114000104003000", "食品经营许可（新办）", "市市场监督管理局",
                    CaseKind.PROMISED, TimeLimit.workingDays(20), TimeLimit.workingDays(10)),
            new ServiceItemSummary("11450721MB155808114000104004000", "户籍证明开具", "市公安局",
                    CaseKind.IMMEDIATE, TimeLimit.workingDays(1), TimeLimit.workingDays(0)));

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Clock clock;
    private final Map<String, CaseReceipt> cases = new HashMap<>();
    private final Map<String, NewCase> byKey = new HashMap<>();
    private final Map<String, String> keyToCase = new HashMap<>();
    private final Map<String, Integer> sequences = new HashMap<>();
    private final List<NewCase> received = new ArrayList<>();
    private int failures;
    private String token;
    private SessionInfo session;
    private ApiException failNext;

    /** Creates a fake on Beijing time. */
    public FakeHallApi() {
        this(Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /** Creates a fake on the given clock. */
    public FakeHallApi(Clock clock) {
        this.clock = clock;
    }

    /** Makes the next call fail with {@code code} (e.g. SERVER_UNREACHABLE). */
    public synchronized FakeHallApi failNextWith(ErrorCode code) {
        failNext = new ApiException(code, code.defaultMessage(), code == ErrorCode.SERVER_UNREACHABLE ? 0 : code.httpStatus());
        return this;
    }

    /** Returns every createCase request received, in order (including repeats). */
    public synchronized List<NewCase> received() {
        return List.copyOf(received);
    }

    private void maybeFail() {
        if (failNext != null) {
            ApiException e = failNext;
            failNext = null;
            throw e;
        }
    }

    @Override
    public synchronized SessionInfo signIn(SignInRequest request) {
        maybeFail();
        if (failures >= LOCK_AFTER) {
            throw api(ErrorCode.AUTH_LOCKED);
        }
        if (!CLERK.equals(request.username()) || !CLERK_PASSWORD.equals(request.password())) {
            failures++;
            throw api(ErrorCode.AUTH_BAD_CREDENTIALS);
        }
        if (request.counterNo() == null) {
            throw api(ErrorCode.COUNTER_REQUIRED);
        }
        if (request.counterNo() != COUNTER_NO) {
            throw api(ErrorCode.COUNTER_NOT_FOUND);
        }
        failures = 0;
        token = UUID.randomUUID().toString();
        session = new SessionInfo(token, clock.instant().plusSeconds(8 * 3600),
                new StaffInfo(CLERK, CLERK_NAME, Set.of(Role.WINDOW)),
                new CounterInfo(COUNTER_NO, "3号综合窗口", "示范县政务服务中心"));
        return session;
    }

    @Override
    public synchronized void signOut() {
        token = null;
        session = null;
    }

    @Override
    public synchronized List<ServiceItemSummary> listItems() {
        maybeFail();
        requireSession();
        return ITEMS;
    }

    @Override
    public synchronized CaseReceipt createCase(NewCase request) {
        maybeFail();
        requireSession();
        received.add(request);
        NewCase earlier = byKey.get(request.idempotencyKey());
        if (earlier != null) {
            if (!earlier.equals(request)) {
                throw api(ErrorCode.IDEMPOTENCY_CONFLICT);
            }
            return cases.get(keyToCase.get(request.idempotencyKey()));
        }
        ServiceItemSummary item = ITEMS.stream().filter(i -> i.implementationCode().equals(request.itemCode()))
                .findFirst().orElseThrow(() -> api(ErrorCode.ITEM_NOT_FOUND));
        ApplicantInput applicant = request.applicant();
        String name;
        IdNumber id;
        try {
            name = PersonName.validate(applicant.name());
            id = IdNumber.parse(applicant.idNumber(), LocalDate.now(clock));
        } catch (DomainException e) {
            throw new ApiException(e.code(), e.getMessage(), e.code().httpStatus());
        }
        String day = LocalDate.now(clock).format(DAY);
        int seq = sequences.merge(item.implementationCode() + day, 1, Integer::sum);
        String caseNo = item.implementationCode() + day + String.format("%04d", seq);
        CaseReceipt receipt = new CaseReceipt(caseNo, item.implementationCode(), item.name(), item.department(),
                item.caseKind(), item.promisedLimit(), name, Masking.idNumber(id.value()), clock.instant(),
                session.counter().number(), session.counter().name(), session.counter().hallName(),
                session.staff().displayName());
        cases.put(caseNo, receipt);
        byKey.put(request.idempotencyKey(), request);
        keyToCase.put(request.idempotencyKey(), caseNo);
        return receipt;
    }

    @Override
    public synchronized CaseReceipt getCase(String caseNo) {
        maybeFail();
        requireSession();
        CaseReceipt receipt = cases.get(caseNo);
        if (receipt == null) {
            throw api(ErrorCode.CASE_NOT_FOUND);
        }
        return receipt;
    }

    private void requireSession() {
        if (token == null) {
            throw api(ErrorCode.AUTH_REQUIRED);
        }
    }

    private static ApiException api(ErrorCode code) {
        return new ApiException(code, code.defaultMessage(), code.httpStatus());
    }
}
