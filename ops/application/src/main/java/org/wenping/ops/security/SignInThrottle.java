package org.wenping.ops.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong passwords per account and per client address; past the limit within the window, the account or
 * address is locked out for a while and its attempts are refused before any password is checked, so that guessing
 * costs the guesser time and the server no BCrypt. One line is logged when a lock begins, none per refused attempt.
 */
final class SignInThrottle {
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private final SignInProperties limits;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(SignInProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long attempts for this account from this address are still refused; empty when they may be tried. */
    Optional<Duration> refusedFor(String account, String address) {
        Instant now = clock.instant();
        Duration forAccount = remaining(accountKey(account), now);
        Duration forAddress = remaining(addressKey(address), now);
        Duration longer = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) failures.values().removeIf(entry -> entry.expired(now, limits));
        count(accountKey(account), limits.maxFailuresPerAccount(), now);
        count(addressKey(address), limits.maxFailuresPerAddress(), now);
    }

    /** A right password clears the account's failures; its address keeps its count (it may be guessing others). */
    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private void count(String key, int limit, Instant now) {
        Failures after = failures.compute(key, (k, before) ->
                (before == null || before.expired(now, limits) ? new Failures(now, 0, null) : before)
                        .plusOne(now, limit, limits.lockout()));
        if (after.lockedUntil() != null && after.count() == limit) {
            log.warn("sign-in locked for {} until {} after {} wrong passwords", key, after.lockedUntil(), limit);
        }
    }

    private Duration remaining(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || entry.lockedUntil() == null || !entry.lockedUntil().isAfter(now)) return Duration.ZERO;
        return Duration.between(now, entry.lockedUntil());
    }

    private static String accountKey(String account) {
        return "account " + account;
    }

    private static String addressKey(String address) {
        return "address " + address;
    }

    /** The failures of one account or address since {@code since}, and the end of its lock once it has one. */
    private record Failures(Instant since, int count, Instant lockedUntil) {
        Failures plusOne(Instant now, int limit, Duration lockout) {
            int next = count + 1;
            return new Failures(since, next, next >= limit && lockedUntil == null ? now.plus(lockout) : lockedUntil);
        }

        boolean expired(Instant now, SignInProperties limits) {
            return lockedUntil != null ? !lockedUntil.isAfter(now) : !since.plus(limits.window()).isAfter(now);
        }
    }
}
