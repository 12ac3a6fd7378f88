package org.wenping.ops.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and BCrypt is deliberately slow (~90 ms here). This
 * remembers, for five minutes, that a password matched its hash — as an HMAC under a key that lives only
 * in this process, never the password itself — so a client pays BCrypt once, not per request.
 */
final class VerifiedPasswordCache implements PasswordEncoder {
    private static final long TTL_NANOS = 5L * 60 * 1_000_000_000;
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final SecretKeySpec key;
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedPasswordCache(PasswordEncoder delegate) {
        this.delegate = delegate;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) return false;
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        Long until = verifiedUntil.get(fingerprint);
        long now = System.nanoTime();
        if (until != null && until - now > 0) return true;
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) verifiedUntil.clear();
            verifiedUntil.put(fingerprint, now + TTL_NANOS);
        }
        return matches;
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
