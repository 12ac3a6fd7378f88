package org.wenping.ops.signing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys a verifier trusts, found by key name and key id as signed-note prescribes. It holds
 * every key the application has ever signed with, so that switching keys or algorithms keeps old
 * signatures verifying.
 */
public final class KeyRing {
    private final Map<String, NoteVerifier> byNameAndId = new LinkedHashMap<>();

    private KeyRing(Collection<NoteVerifier> verifiers) {
        verifiers.forEach(verifier -> byNameAndId.put(key(verifier.name(), verifier.keyId()), verifier));
    }

    public static KeyRing of(Collection<NoteVerifier> verifiers) {
        return new KeyRing(verifiers);
    }

    public static KeyRing of(NoteVerifier... verifiers) {
        return new KeyRing(List.of(verifiers));
    }

    public Optional<NoteVerifier> find(String name, int keyId) {
        return Optional.ofNullable(byNameAndId.get(key(name, keyId)));
    }

    public Collection<NoteVerifier> verifiers() {
        return List.copyOf(byNameAndId.values());
    }

    private static String key(String name, int keyId) {
        return name + "+" + keyId;
    }
}
