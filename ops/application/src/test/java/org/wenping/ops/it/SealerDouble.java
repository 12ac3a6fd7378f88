package org.wenping.ops.it;

import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.personal.PersonDetails;
import org.wenping.kernel.personal.SealedPersonalData;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the key store's sealer in tests only: it keeps no key and never puts the clear text in what it
 * answers, and remembers which keys were asked for.
 */
final class SealerDouble implements PersonalDataSealer {
    final List<String> sealedKeyIds = new CopyOnWriteArrayList<>();

    @Override
    public SealedPersonalData seal(String keyId, PersonDetails details) {
        sealedKeyIds.add(keyId);
        String opaque = Base64.getEncoder().encodeToString(("sealed " + keyId).getBytes(StandardCharsets.UTF_8));
        return new SealedPersonalData(keyId, "TEST-DOUBLE", opaque);
    }
}
