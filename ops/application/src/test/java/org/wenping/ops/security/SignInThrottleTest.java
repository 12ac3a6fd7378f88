package org.wenping.ops.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.wenping.ops.web.ProblemWriter;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInProperties(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(15)), clock);

    @Test
    void locksAnAccountAfterItsLimitOfWrongPasswordsWithinTheWindow() {
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.2");
        assertThat(throttle.refusedFor("admin", "10.0.0.9")).isEmpty();
        throttle.failed("admin", "10.0.0.3");
        assertThat(throttle.refusedFor("admin", "10.0.0.9")).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor("assessor", "10.0.0.9")).isEmpty();
    }

    @Test
    void locksAnAddressGuessingManyAccounts() {
        for (int i = 0; i < 5; i++) throttle.failed("user" + i, "10.0.0.1");
        assertThat(throttle.refusedFor("anyone", "10.0.0.1")).isPresent();
        assertThat(throttle.refusedFor("anyone", "10.0.0.2")).isEmpty();
    }

    @Test
    void theLockEndsAfterTheLockoutAndFailuresOutsideTheWindowAreForgotten() {
        for (int i = 0; i < 3; i++) throttle.failed("admin", "10.0.0.1");
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor("admin", "10.0.0.1")).isEmpty();

        throttle.failed("decider", "10.0.0.7");
        throttle.failed("decider", "10.0.0.7");
        clock.advance(Duration.ofMinutes(11));
        throttle.failed("decider", "10.0.0.7");
        assertThat(throttle.refusedFor("decider", "10.0.0.7")).isEmpty();
    }

    @Test
    void aRightPasswordClearsTheAccountsCount() {
        throttle.failed("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.1");
        throttle.succeeded("admin");
        throttle.failed("admin", "10.0.0.1");
        assertThat(throttle.refusedFor("admin", "10.0.0.2")).isEmpty();
    }

    @Test
    void aRefusedAttemptNeverReachesThePasswordCheck() throws Exception {
        for (int i = 0; i < 3; i++) throttle.failed("admin", "10.0.0.1");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/matters");
        request.setRemoteAddr("10.0.0.8");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SignInThrottleFilter(throttle, new ProblemWriter(new ObjectMapper())).doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("the chain behind, where BCrypt runs, was not called").isNull();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("900");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"SIGN_IN_THROTTLED\"");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-06-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
