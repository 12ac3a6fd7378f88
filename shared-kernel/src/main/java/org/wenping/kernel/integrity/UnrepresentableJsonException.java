package org.wenping.kernel.integrity;

/** Content that canonical JSON cannot carry exactly, and so must never be hashed or stored. */
public final class UnrepresentableJsonException extends IllegalArgumentException {
    public UnrepresentableJsonException(String message) {
        super(message);
    }
}
