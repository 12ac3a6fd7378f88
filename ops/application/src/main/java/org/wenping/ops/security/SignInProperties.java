package org.wenping.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code wenping.security.sign-in}: how many wrong passwords an account, and a client address, may send within
 * {@code window} before further attempts are refused for {@code lockout}.
 */
@ConfigurationProperties("wenping.security.sign-in")
record SignInProperties(Integer maxFailuresPerAccount, Integer maxFailuresPerAddress, Duration window, Duration lockout) {
    SignInProperties {
        maxFailuresPerAccount = maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    }
}
