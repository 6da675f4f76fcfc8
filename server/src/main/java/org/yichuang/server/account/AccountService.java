package org.yichuang.server.account;

import org.yichuang.server.auth.Authenticator;
import org.yichuang.server.auth.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.SessionInfo;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.staff.Role;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.counter.CounterRow;
import org.yichuang.server.counter.CounterService;
import org.yichuang.server.hall.HallService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-in (登录) with throttling (登录限流), and sessions. */
public final class AccountService implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    private final Jdbi jdbi;
    private final SessionDao sessions;
    private final StaffDao staff;
    private final SignInThrottleDao throttleDao;
    private final CounterService counters;
    private final HallService halls;
    private final PasswordChecks checks;
    private final SignInThrottle throttle;
    private final Tokens tokens;
    private final AccountSettings settings;
    private final Clock clock;
    private final SessionCache sessionCache = new SessionCache(System::nanoTime);

    /** Wires the service; {@code halls} gives the zone of a session without a counter. */
    public AccountService(Jdbi jdbi, CounterService counters, HallService halls, PasswordHasher hasher, Tokens tokens,
            AccountSettings settings, Clock clock) {
        this.halls = halls;
        this.jdbi = jdbi;
        this.sessions = jdbi.onDemand(SessionDao.class);
        this.staff = jdbi.onDemand(StaffDao.class);
        this.throttleDao = jdbi.onDemand(SignInThrottleDao.class);
        this.counters = counters;
        this.checks = new PasswordChecks(hasher, settings.concurrentChecks());
        this.throttle = new SignInThrottle(settings);
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the password and opens a session. Throttled attempts are refused before any password check; wrong
     * passwords are counted and audited even though the call throws. A known and an unknown name take the same path
     * (a dummy hash is checked for the unknown one) and get the same answers.
     *
     * @param address the client address limits count by (see {@link ClientAddress})
     * @throws DomainException AUTH_THROTTLED (as {@link org.yichuang.core.error.RetryLaterException}),
     *                         AUTH_BAD_CREDENTIALS, AUTH_DISABLED, COUNTER_REQUIRED, COUNTER_NOT_FOUND
     */
    public SessionInfo signIn(SignInRequest request, String address) {
        Instant now = clock.instant();
        SignInThrottle.Admission admission = throttle.admit(request.username(), address, now, throttleDao);
        Optional<StaffRow> found;
        boolean right;
        try {
            found = staff.findByUsername(request.username());
            // outside any transaction: a connection is not held while Argon2 runs or waits for its turn
            right = found.isPresent() ? checks.verify(request.password(), found.get().passwordHash())
                    : checks.verifyNobody(request.password());
        } catch (RuntimeException e) {
            throttle.abandoned(admission);
            throw e;
        }
        if (!right) {
            wrongPassword(found.map(StaffRow::id).orElse(null), admission, now);
            throw new DomainException(ErrorCode.AUTH_BAD_CREDENTIALS);
        }
        throttle.passwordRight(admission);
        // the transaction commits the audit rows; the exception is thrown after it
        SignInResult result = jdbi.inTransaction(h -> open(h, found.get(), request, admission, now));
        if (result.failure() != null) {
            throw new DomainException(result.failure());
        }
        return result.session();
    }

    private void wrongPassword(Long staffId, SignInThrottle.Admission admission, Instant now) {
        Instant cutoff = throttle.cutoff(now);
        jdbi.useTransaction(h -> {
            SignInThrottleDao dao = h.attach(SignInThrottleDao.class);
            int failures = dao.recordFailure(admission.nameHash(), now, cutoff);
            dao.prune(cutoff);
            // same row shape for a known and an unknown name; only supervisors read it, never the caller
            h.attach(AuditDao.class).record(now, staffId, AuditAction.SIGN_IN_FAILED, "ip:" + admission.address(),
                    (staffId == null ? "用户名不存在" : "密码错误") + "（该用户名近期第" + failures + "次失败）");
        });
    }

    private SignInResult open(Handle h, StaffRow row, SignInRequest request, SignInThrottle.Admission admission,
            Instant now) {
        AuditDao audit = h.attach(AuditDao.class);
        String ip = "ip:" + admission.address();
        // checked only after the password, so a disabled account tells nothing to who does not know it
        if (!row.enabled()) {
            audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, ip, "账号已停用");
            return SignInResult.failed(ErrorCode.AUTH_DISABLED);
        }
        Set<Role> roles = row.roleSet();
        CounterRow counter = null;
        if (request.counterNo() != null) {
            Optional<CounterRow> c = counters.find(request.counterNo());
            if (c.isEmpty()) {
                audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, ip, "窗口未登记");
                return SignInResult.failed(ErrorCode.COUNTER_NOT_FOUND);
            }
            counter = c.get();
        } else if (roles.contains(Role.WINDOW)) {
            audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, ip, "未选择窗口");
            return SignInResult.failed(ErrorCode.COUNTER_REQUIRED);
        }
        h.attach(SignInThrottleDao.class).trust(admission.nameHash(), admission.address(), now);
        String token = tokens.newToken();
        Instant expiresAt = now.plus(settings.sessionTtl());
        long sessionId = h.attach(SessionDao.class).insert(Tokens.fingerprint(token), row.id(),
                counter == null ? null : counter.id(), now, expiresAt);
        audit.record(now, row.id(), AuditAction.SIGN_IN,
                counter == null ? null : "counter:" + counter.number(), "session:" + sessionId + ", " + ip);
        // the client dates everything in this zone: the counter's hall, or the (first) hall for an administrator
        ZoneId zone = counter == null ? halls.zone() : counter.zone();
        return SignInResult.ok(new SessionInfo(token, expiresAt,
                new StaffInfo(row.username(), row.displayName(), roles), counter == null ? null : counter.info(),
                zone.getId()));
    }

    /**
     * Returns the caller behind a bearer token.
     *
     * @throws DomainException AUTH_TOKEN_INVALID when unknown, revoked, expired or the account is disabled
     */
    @Override
    public Principal authenticate(String token) {
        String fingerprint = Tokens.fingerprint(token);
        var cached = sessionCache.get(fingerprint);
        if (cached.isPresent()) {
            // expiry is the row's own time, checked on every request, cached or not
            if (!cached.get().row().expiresAt().isAfter(clock.instant())) {
                throw new DomainException(ErrorCode.AUTH_TOKEN_INVALID);
            }
            refreshSessions();
            return cached.get().principal();
        }
        SessionRow s = sessions.findByTokenHash(fingerprint)
                .filter(this::valid)
                .orElseThrow(() -> new DomainException(ErrorCode.AUTH_TOKEN_INVALID));
        Principal principal = principal(s);
        sessionCache.put(fingerprint, s, principal);
        return principal;
    }

    /**
     * Reads the cached sessions in use again before they expire, in one query for all of them (at most every half
     * second, by whichever request comes then). A failure here only means they are read one by one once they expire.
     */
    private void refreshSessions() {
        try {
            sessionCache.refreshIfDue(fingerprints -> {
                Map<String, SessionCache.CachedSession> valid = new HashMap<>();
                for (SessionRow s : sessions.findByTokenHashes(fingerprints.toArray(String[]::new))) {
                    if (valid(s)) {
                        valid.put(s.tokenHash(), new SessionCache.CachedSession(s, principal(s)));
                    }
                }
                return valid;
            });
        } catch (RuntimeException e) {
            LOG.warn("会话批量复核失败，缓存中的会话将在到期后逐个重新读取：{}", e.toString());
        }
    }

    private boolean valid(SessionRow s) {
        return s.revokedAt() == null && s.expiresAt().isAfter(clock.instant()) && s.enabled();
    }

    private Principal principal(SessionRow s) {
        CounterInfo counter = s.counterId() == null ? null
                : new CounterInfo(s.counterNumber(), s.counterName(), s.hallName());
        return new Principal(s.staffId(), s.id(), new StaffInfo(s.username(), s.displayName(),
                StaffRow.parseRoles(s.roles())), s.counterId(), counter,
                s.hallZone() == null ? halls.zone() : ZoneId.of(s.hallZone()), s.expiresAt());
    }

    /** Returns the caller's session without its token. */
    public SessionInfo current(Principal principal) {
        return new SessionInfo(null, principal.expiresAt(), principal.staff(), principal.counter(),
                principal.hallZone().getId());
    }

    /** Revokes the caller's session (退出). */
    public void signOut(Principal principal) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.attach(SessionDao.class).revoke(principal.sessionId(), now);
            h.attach(AuditDao.class).record(now, principal.staffId(), AuditAction.SIGN_OUT, null,
                    "session:" + principal.sessionId());
        });
        // after the commit: a request racing the sign-out cannot cache the session again once it is revoked
        sessionCache.forget(principal.sessionId());
    }

    private record SignInResult(SessionInfo session, ErrorCode failure) {
        static SignInResult ok(SessionInfo session) {
            return new SignInResult(session, null);
        }

        static SignInResult failed(ErrorCode code) {
            return new SignInResult(null, code);
        }
    }
}
