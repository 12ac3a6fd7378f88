package org.wenping.kernel.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A responsible unit's name as 16 hex digits, for the ids of records that are one per unit (ids are ASCII). */
public final class UnitKey {
    private UnitKey() {
    }

    public static String of(String unit) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(unit.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
