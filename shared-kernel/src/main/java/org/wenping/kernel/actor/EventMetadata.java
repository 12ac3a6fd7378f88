package org.wenping.kernel.actor;

import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The metadata keys every event carries (R9), and how an {@link Actor} is written to and read from them. */
public final class EventMetadata {
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_NAME = "actorName";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String ACTOR_JURISDICTION = "actorJurisdiction";
    /** The id shared by every message that one user request caused. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    private EventMetadata() {
    }

    public static Map<String, String> of(Actor actor) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ACTOR_ID, actor.userId());
        entries.put(ACTOR_NAME, actor.displayName());
        entries.put(ACTOR_ROLE, actor.role().name());
        entries.put(ACTOR_UNIT, actor.unit());
        entries.put(ACTOR_JURISDICTION, actor.jurisdiction().value());
        return entries;
    }

    /** The actor recorded in a message's metadata, if the message carries one. */
    public static Optional<Actor> actorOf(Map<String, ?> metadata) {
        if (!(metadata.get(ACTOR_ID) instanceof String userId)) {
            return Optional.empty();
        }
        return Optional.of(new Actor(userId,
                String.valueOf(metadata.get(ACTOR_NAME)),
                Role.valueOf(String.valueOf(metadata.get(ACTOR_ROLE))),
                String.valueOf(metadata.get(ACTOR_UNIT)),
                new JurisdictionCode(String.valueOf(metadata.get(ACTOR_JURISDICTION)))));
    }
}
