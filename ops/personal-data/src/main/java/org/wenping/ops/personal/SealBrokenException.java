package org.wenping.ops.personal;

/**
 * Sealed personal data, or a wrapped data key, that does not authenticate: the ciphertext was changed, it was moved
 * to another person's key, or the master key is not the one that wrapped it. Never answered with the data.
 */
public class SealBrokenException extends RuntimeException {
    public SealBrokenException(String message) {
        super(message);
    }
}
