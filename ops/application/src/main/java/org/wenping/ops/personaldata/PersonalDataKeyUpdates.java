package org.wenping.ops.personaldata;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import org.wenping.kernel.legalcase.PersonalDataErasedEvent;
import org.wenping.kernel.legalcase.PersonalDataRestrictedEvent;
import org.wenping.ops.personal.Erasure;
import org.wenping.ops.personal.PersonalDataKeys;
import org.wenping.ops.personal.Restriction;

import java.time.Instant;

/**
 * Carries out recorded erasures and restrictions on the key store: an erasure destroys the person's key, a restriction
 * leaves it readable by one role. Not a projection: the keys cannot be rebuilt from events, so there is no reset
 * handler, and a replay only repeats what is already done (both updates are idempotent, and an erased key stays erased).
 */
@Component
@ProcessingGroup(PersonalDataKeyUpdates.GROUP)
class PersonalDataKeyUpdates {
    static final String GROUP = "personal-data-keys";
    private final PersonalDataKeys keys;

    PersonalDataKeyUpdates(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event, TrackingToken token, @Timestamp Instant at) {
        keys.erase(event.keyId(), new Erasure(event.legalGround(), position(token), at));
    }

    @EventHandler
    void on(PersonalDataRestrictedEvent event, TrackingToken token, @Timestamp Instant at) {
        keys.restrict(event.keyId(), new Restriction(event.readableBy(), event.legalGround(), position(token), at));
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0);
    }
}
