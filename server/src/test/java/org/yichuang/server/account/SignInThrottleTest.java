package org.yichuang.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.RetryLaterException;
import org.yichuang.core.staff.Role;
import org.yichuang.server.counter.CounterDao;
import org.yichuang.server.counter.CounterService;
import org.yichuang.server.hall.HallDao;
import org.yichuang.server.hall.HallService;
import org.yichuang.server.testing.MigratedDatabase;
import org.yichuang.server.testing.MutableClock;

/** Sign-in throttling on the service, with real PostgreSQL, a hand-moved clock and a count of Argon2 checks. */
class SignInThrottleTest {
    @RegisterExtension
    final MigratedDatabase db = new MigratedDatabase();

    private static final String CLERK = "lead1";
    private static final String PASSWORD = "right-password-1";
    private static final String CLERK_PC = "10.0.0.1";
    private static final String STRANGER = "10.66.0.1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final PasswordHasher hasher = new PasswordHasher();
    private AccountService accounts;

    @BeforeEach
    void createAccount() {
        new StaffAccounts(db.jdbi(), hasher, clock).create(CLERK, "李组长", PASSWORD, EnumSet.of(Role.SUPERVISOR));
        accounts = service(AccountSettings.defaults());
    }

    /**
     * The defaults with the per-name ceiling at 10 failures instead of 50, so tests reach it with 2 addresses of 5
     * free failures each instead of 10 (each failure is a real Argon2 check).
     */
    private static AccountSettings lowCeiling() {
        AccountSettings d = AccountSettings.defaults();
        return d.withCeilings(d.perAddress(), new Backoff(10, Duration.ofSeconds(1), Duration.ofMinutes(15)));
    }

    private AccountService service(AccountSettings settings) {
        return new AccountService(db.jdbi(), new CounterService(db.jdbi().onDemand(CounterDao.class)),
                new HallService(db.jdbi().onDemand(HallDao.class), () -> "http://127.0.0.1"), hasher,
                new Tokens(new SecureRandom()), settings, clock);
    }

    /** Returns "OK", the error code, or the code with Retry-After seconds ("AUTH_THROTTLED 4"). */
    private String attempt(String username, String password, String address) {
        try {
            accounts.signIn(new SignInRequest(username, password, null), address);
            return "OK";
        } catch (RetryLaterException e) {
            return e.code() + " " + e.retryAfterSeconds();
        } catch (DomainException e) {
            return e.code().name();
        }
    }

    private int auditRows() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Integer.class).one());
    }

    @Test
    void five_wrong_passwords_are_free_then_each_next_attempt_waits_twice_as_long_up_to_fifteen_minutes() {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(attempt(CLERK, "wrong", CLERK_PC));
        }
        assertThat(answers).containsOnly("AUTH_BAD_CREDENTIALS");

        assertThat(attempt(CLERK, "wrong", CLERK_PC)).isEqualTo("AUTH_THROTTLED 1");
        List<String> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String refusal = attempt(CLERK, "wrong", CLERK_PC);
            waits.add(refusal);
            clock.advance(Duration.ofSeconds(Long.parseLong(refusal.split(" ")[1])));
            assertThat(attempt(CLERK, "wrong", CLERK_PC)).isEqualTo("AUTH_BAD_CREDENTIALS");
        }
        assertThat(waits).containsExactly("AUTH_THROTTLED 1", "AUTH_THROTTLED 2", "AUTH_THROTTLED 4",
                "AUTH_THROTTLED 8", "AUTH_THROTTLED 16", "AUTH_THROTTLED 32", "AUTH_THROTTLED 64", "AUTH_THROTTLED 128",
                "AUTH_THROTTLED 256", "AUTH_THROTTLED 512", "AUTH_THROTTLED 900", "AUTH_THROTTLED 900");
    }

    @Test
    void the_right_password_waits_like_a_wrong_one_and_then_clears_the_delay() {
        for (int i = 0; i < 5; i++) {
            attempt(CLERK, "wrong", CLERK_PC);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt(CLERK, "wrong", CLERK_PC)).isEqualTo("AUTH_BAD_CREDENTIALS");
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt(CLERK, PASSWORD, CLERK_PC)).isEqualTo("AUTH_THROTTLED 1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt(CLERK, PASSWORD, CLERK_PC)).isEqualTo("OK");
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(CLERK, "wrong", CLERK_PC)).isEqualTo("AUTH_BAD_CREDENTIALS");
        }
    }

    @Test
    void throttled_attempts_run_no_argon2_and_leave_no_audit_row() {
        for (int i = 0; i < 5; i++) {
            attempt(CLERK, "wrong", STRANGER);
        }
        long checks = hasher.verifications();
        int rows = auditRows();

        for (int i = 0; i < 200; i++) {
            assertThat(attempt(CLERK, i % 2 == 0 ? "wrong" : PASSWORD, STRANGER)).startsWith("AUTH_THROTTLED");
        }

        assertThat(hasher.verifications()).isEqualTo(checks);
        assertThat(auditRows()).isEqualTo(rows);
    }

    @Test
    void a_stranger_hammering_the_account_from_many_addresses_does_not_keep_the_clerk_out_of_their_own_pc() {
        accounts = service(lowCeiling());
        assertThat(attempt(CLERK, PASSWORD, CLERK_PC)).isEqualTo("OK");
        // 2 addresses x 5 free failures: the per-name ceiling is reached
        for (int a = 1; a <= 2; a++) {
            for (int i = 0; i < 5; i++) {
                assertThat(attempt(CLERK, "wrong", "10.66.0." + a)).isEqualTo("AUTH_BAD_CREDENTIALS");
            }
        }

        assertThat(attempt(CLERK, PASSWORD, "10.66.0.99")).startsWith("AUTH_THROTTLED");
        assertThat(attempt(CLERK, PASSWORD, CLERK_PC)).isEqualTo("OK");
    }

    @Test
    void the_per_name_ceiling_survives_a_restart_and_fades_a_day_after_the_last_failure() {
        accounts = service(lowCeiling());
        for (int a = 1; a <= 2; a++) {
            for (int i = 0; i < 5; i++) {
                attempt(CLERK, "wrong", "10.66.0." + a);
            }
        }
        accounts = service(lowCeiling()); // a restart: the in-memory counters are gone

        assertThat(attempt(CLERK, "wrong", "10.66.1.1")).isEqualTo("AUTH_THROTTLED 1");
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(attempt(CLERK, PASSWORD, "10.66.1.1")).isEqualTo("OK");
    }

    @Test
    void an_unknown_name_gets_the_same_answers_the_same_delays_and_the_same_argon2_work_as_a_known_one() {
        accounts = service(lowCeiling());
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        long before = hasher.verifications();
        for (String[] who : new String[][] {{CLERK, "10.1.0."}, {"nosuchclerk", "10.2.0."}}) {
            List<String> answers = who[0].equals(CLERK) ? known : unknown;
            for (int a = 1; a <= 3; a++) {
                for (int i = 0; i < 6; i++) {
                    answers.add(attempt(who[0], "wrong", who[1] + a));
                }
            }
            answers.add(attempt(who[0], "wrong", who[1] + 99));
        }
        long checks = hasher.verifications() - before;

        assertThat(unknown).isEqualTo(known);
        assertThat(known).contains("AUTH_BAD_CREDENTIALS", "AUTH_THROTTLED 1");
        assertThat(known.get(known.size() - 1)).startsWith("AUTH_THROTTLED");
        assertThat(checks).isEven();
        int unknownRows = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'SIGN_IN_FAILED' AND staff_id IS NULL")
                .mapTo(Integer.class).one());
        assertThat(unknownRows).isEqualTo((int) checks / 2);
    }

    @Test
    void names_differing_only_in_case_share_one_throttle() {
        for (int i = 0; i < 5; i++) {
            attempt(i % 2 == 0 ? "LEAD1" : "Lead1", "wrong", STRANGER);
        }

        assertThat(attempt(CLERK, PASSWORD, STRANGER)).isEqualTo("AUTH_THROTTLED 1");
    }

    @Test
    void one_address_trying_many_names_waits_after_twenty_failures() {
        for (int i = 0; i < 20; i++) {
            assertThat(attempt("name" + i, "wrong", STRANGER)).isEqualTo("AUTH_BAD_CREDENTIALS");
        }

        assertThat(attempt("name99", "wrong", STRANGER)).isEqualTo("AUTH_THROTTLED 1");
        assertThat(attempt(CLERK, PASSWORD, CLERK_PC)).isEqualTo("OK");
    }

    @Test
    void the_rate_limit_per_address_refuses_a_burst_without_checking_and_refills_with_time() {
        accounts = service(AccountSettings.defaults().withAttemptRate(3, Duration.ofSeconds(2)));
        long before = hasher.verifications();
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("name" + i, "wrong", STRANGER)).isEqualTo("AUTH_BAD_CREDENTIALS");
        }

        RetryLaterException refused = catchThrowableOfType(
                () -> accounts.signIn(new SignInRequest("name3", "wrong", null), STRANGER), RetryLaterException.class);
        assertThat(refused.code()).isEqualTo(ErrorCode.AUTH_THROTTLED);
        assertThat(refused.getMessage()).isEqualTo("来自本机的登录请求过于频繁，请 2 秒后再试。");
        assertThat(hasher.verifications() - before).isEqualTo(3);
        assertThat(attempt(CLERK, PASSWORD, CLERK_PC)).isEqualTo("OK");

        clock.advance(Duration.ofSeconds(2));
        assertThat(attempt("name4", "wrong", STRANGER)).isEqualTo("AUTH_BAD_CREDENTIALS");
        assertThat(attempt("name5", "wrong", STRANGER)).startsWith("AUTH_THROTTLED");
    }

    @Test
    void a_disabled_account_answers_like_any_other_unless_the_password_is_right() {
        db.jdbi().useHandle(h -> h.execute("UPDATE staff SET enabled = false WHERE username = ?", CLERK));

        assertThat(attempt(CLERK, "wrong", CLERK_PC)).isEqualTo("AUTH_BAD_CREDENTIALS");
        assertThat(attempt(CLERK, PASSWORD, CLERK_PC)).isEqualTo("AUTH_DISABLED");
    }

    @Test
    void the_longest_wait_is_said_in_seconds_and_minutes() {
        accounts = service(AccountSettings.defaults().withFreeFailures(1));
        for (int i = 0; i < 12; i++) {
            attempt(CLERK, "wrong", STRANGER);
            clock.advance(Duration.ofMinutes(15));
        }
        attempt(CLERK, "wrong", STRANGER);

        RetryLaterException refused = catchThrowableOfType(
                () -> accounts.signIn(new SignInRequest(CLERK, "wrong", null), STRANGER), RetryLaterException.class);
        assertThat(refused.getMessage()).isEqualTo("登录失败次数过多，请 900 秒（约 15 分钟）后再试。");
    }
}
