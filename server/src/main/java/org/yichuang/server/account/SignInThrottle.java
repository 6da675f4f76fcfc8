package org.yichuang.server.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.RetryLaterException;
import org.yichuang.server.web.AttemptBuckets;

/**
 * Decides, before any password is checked, whether a sign-in attempt may run (登录限流). Four gates, each answering
 * AUTH_THROTTLED with how long to wait:
 * <ol>
 *   <li>a rate limit per client address (flood protection, in memory);</li>
 *   <li>growing delays per name and address (in memory), never bypassed: the real guessing limit;</li>
 *   <li>a far higher ceiling per name over all addresses (in PostgreSQL, survives restarts);</li>
 *   <li>growing delays per address over all names (in memory), against trying one password on many names.</li>
 * </ol>
 * An address the name signed in from before skips gates 3 and 4: whoever hammers the account from elsewhere cannot
 * keep the clerk out of their own counter, and cannot earn that pass without the password. Names are keyed by a hash
 * of the lower-cased name whether an account has it or not, so unknown names are throttled exactly like known ones.
 */
final class SignInThrottle {
    private final AccountSettings settings;
    private final AttemptBuckets buckets;
    private final FailureCounter perPair;
    private final FailureCounter perAddress;

    SignInThrottle(AccountSettings settings) {
        this.settings = settings;
        this.buckets = new AttemptBuckets(settings.attemptBurst(), settings.attemptRefill(), settings.trackedKeys());
        this.perPair = new FailureCounter(settings.perNameAndAddress(), settings.failureMemory(),
                settings.trackedKeys());
        this.perAddress = new FailureCounter(settings.perAddress(), settings.failureMemory(),
                settings.trackedKeys());
    }

    /** An attempt allowed to check its password; {@code trusted} when the name signed in from the address before. */
    record Admission(String nameHash, String address, boolean trusted) {
        String pairKey() {
            return nameHash + '|' + address;
        }
    }

    /** Returns the key a submitted name is counted under: the hex SHA-256 of the lower-cased name. */
    static String nameHash(String username) {
        return Tokens.fingerprint(username.toLowerCase(Locale.ROOT));
    }

    /** Returns the oldest failure still counted at {@code now}. */
    Instant cutoff(Instant now) {
        return now.minus(settings.failureMemory());
    }

    /**
     * Admits the attempt, counting it in advance as a failure, or refuses it.
     *
     * @throws RetryLaterException AUTH_THROTTLED
     */
    Admission admit(String username, String address, Instant now, SignInThrottleDao dao) {
        Duration wait = buckets.take(address, now);
        if (wait.compareTo(Duration.ZERO) > 0) {
            throw refusal("来自本机的登录请求过于频繁", wait);
        }
        String nameHash = nameHash(username);
        Admission admission = new Admission(nameHash, address, false);
        wait = perPair.admit(admission.pairKey(), now);
        if (wait.compareTo(Duration.ZERO) > 0) {
            throw refusal("登录失败次数过多", wait);
        }
        NameThrottleRow state = dao.state(nameHash, address, cutoff(now));
        if (state.trusted()) {
            return new Admission(nameHash, address, true);
        }
        wait = state.failures() == 0 ? Duration.ZERO
                : remaining(state.lastFailureAt().plus(settings.perName().delayAfter(state.failures())), now);
        if (wait.compareTo(Duration.ZERO) <= 0) {
            wait = perAddress.admit(address, now);
        }
        if (wait.compareTo(Duration.ZERO) > 0) {
            perPair.refund(admission.pairKey());
            throw refusal("登录失败次数过多", wait);
        }
        return admission;
    }

    /** The password was right (whatever happens next): the attempt was no guess, give back what it counted. */
    void passwordRight(Admission admission) {
        perPair.clear(admission.pairKey());
        if (!admission.trusted()) {
            perAddress.refund(admission.address());
        }
    }

    /** The attempt never got its answer (e.g. the database failed): give back what it counted. */
    void abandoned(Admission admission) {
        perPair.refund(admission.pairKey());
        if (!admission.trusted()) {
            perAddress.refund(admission.address());
        }
    }

    private static Duration remaining(Instant allowed, Instant now) {
        return now.isBefore(allowed) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    private static RetryLaterException refusal(String why, Duration wait) {
        RetryLaterException e = new RetryLaterException(ErrorCode.AUTH_THROTTLED, why, wait);
        long seconds = e.retryAfterSeconds();
        String when = seconds >= 120 ? seconds + " 秒（约 " + Math.round(seconds / 60.0) + " 分钟）" : seconds + " 秒";
        return new RetryLaterException(ErrorCode.AUTH_THROTTLED, why + "，请 " + when + "后再试。", wait);
    }
}
