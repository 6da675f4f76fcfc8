package org.yichuang.server.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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

/** Sign-in (登录), sessions and lockout. */
public final class AccountService {
    private final Jdbi jdbi;
    private final SessionDao sessions;
    private final CounterService counters;
    private final PasswordHasher hasher;
    private final Tokens tokens;
    private final AccountSettings settings;
    private final Clock clock;

    /** Wires the service. */
    public AccountService(Jdbi jdbi, CounterService counters, PasswordHasher hasher, Tokens tokens,
            AccountSettings settings, Clock clock) {
        this.jdbi = jdbi;
        this.sessions = jdbi.onDemand(SessionDao.class);
        this.counters = counters;
        this.hasher = hasher;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the password and opens a session; failures are counted and audited even though the call throws.
     *
     * @throws DomainException AUTH_BAD_CREDENTIALS, AUTH_LOCKED, AUTH_DISABLED, COUNTER_REQUIRED, COUNTER_NOT_FOUND
     */
    public SessionInfo signIn(SignInRequest request) {
        Instant now = clock.instant();
        // the transaction commits failure counts and audit rows; the exception is thrown after it
        SignInResult result = jdbi.inTransaction(h -> attempt(h, request, now));
        if (result.failure() != null) {
            throw new DomainException(result.failure());
        }
        return result.session();
    }

    private SignInResult attempt(Handle h, SignInRequest request, Instant now) {
        StaffDao staff = h.attach(StaffDao.class);
        AuditDao audit = h.attach(AuditDao.class);
        Optional<StaffRow> found = staff.findByUsernameForUpdate(request.username());
        if (found.isEmpty()) {
            hasher.verifyNobody(request.password());
            audit.record(now, null, AuditAction.SIGN_IN_FAILED, null, "未知用户名");
            return SignInResult.failed(ErrorCode.AUTH_BAD_CREDENTIALS);
        }
        StaffRow row = found.get();
        if (!row.enabled()) {
            audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, null, "账号已停用");
            return SignInResult.failed(ErrorCode.AUTH_DISABLED);
        }
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, null, "账号锁定中");
            return SignInResult.failed(ErrorCode.AUTH_LOCKED);
        }
        if (!hasher.verify(request.password(), row.passwordHash())) {
            return wrongPassword(staff, audit, row, now);
        }
        staff.recordSuccess(row.id());
        Set<Role> roles = row.roleSet();
        CounterRow counter = null;
        if (request.counterNo() != null) {
            Optional<CounterRow> c = counters.find(request.counterNo());
            if (c.isEmpty()) {
                audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, null, "窗口未登记");
                return SignInResult.failed(ErrorCode.COUNTER_NOT_FOUND);
            }
            counter = c.get();
        } else if (roles.contains(Role.WINDOW)) {
            audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, null, "未选择窗口");
            return SignInResult.failed(ErrorCode.COUNTER_REQUIRED);
        }
        String token = tokens.newToken();
        Instant expiresAt = now.plus(settings.sessionTtl());
        long sessionId = h.attach(SessionDao.class).insert(Tokens.fingerprint(token), row.id(),
                counter == null ? null : counter.id(), now, expiresAt);
        audit.record(now, row.id(), AuditAction.SIGN_IN,
                counter == null ? null : "counter:" + counter.number(), "session:" + sessionId);
        return SignInResult.ok(new SessionInfo(token, expiresAt,
                new StaffInfo(row.username(), row.displayName(), roles), counter == null ? null : counter.info()));
    }

    private SignInResult wrongPassword(StaffDao staff, AuditDao audit, StaffRow row, Instant now) {
        int failures = row.failedAttempts() + 1;
        if (failures >= settings.maxFailures()) {
            // the count restarts, so after the lock the clerk again has the full number of tries
            staff.recordFailure(row.id(), 0, now.plus(settings.lockDuration()));
            audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, null, "密码错误，账号已锁定");
            return SignInResult.failed(ErrorCode.AUTH_LOCKED);
        }
        staff.recordFailure(row.id(), failures, null);
        audit.record(now, row.id(), AuditAction.SIGN_IN_FAILED, null, "密码错误（第" + failures + "次）");
        return SignInResult.failed(ErrorCode.AUTH_BAD_CREDENTIALS);
    }

    /**
     * Returns the caller behind a bearer token.
     *
     * @throws DomainException AUTH_TOKEN_INVALID when unknown, revoked, expired or the account is disabled
     */
    public Principal authenticate(String token) {
        SessionRow s = sessions.findByTokenHash(Tokens.fingerprint(token))
                .orElseThrow(() -> new DomainException(ErrorCode.AUTH_TOKEN_INVALID));
        if (s.revokedAt() != null || !s.expiresAt().isAfter(clock.instant()) || !s.enabled()) {
            throw new DomainException(ErrorCode.AUTH_TOKEN_INVALID);
        }
        CounterInfo counter = s.counterId() == null ? null
                : new CounterInfo(s.counterNumber(), s.counterName(), s.hallName());
        return new Principal(s.staffId(), s.id(), new StaffInfo(s.username(), s.displayName(),
                StaffRow.parseRoles(s.roles())), s.counterId(), counter,
                s.hallZone() == null ? null : ZoneId.of(s.hallZone()), s.expiresAt());
    }

    /** Returns the caller's session without its token. */
    public SessionInfo current(Principal principal) {
        return new SessionInfo(null, principal.expiresAt(), principal.staff(), principal.counter());
    }

    /** Revokes the caller's session (退出). */
    public void signOut(Principal principal) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.attach(SessionDao.class).revoke(principal.sessionId(), now);
            h.attach(AuditDao.class).record(now, principal.staffId(), AuditAction.SIGN_OUT, null,
                    "session:" + principal.sessionId());
        });
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
