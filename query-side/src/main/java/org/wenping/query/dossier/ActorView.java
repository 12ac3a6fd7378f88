package org.wenping.query.dossier;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;

import java.util.Map;

/** Who recorded an event (R9): user, name, role and its zh-CN name, unit and jurisdiction. */
public record ActorView(String userId, String displayName, String role, String roleLabel, String unit,
                        String jurisdiction) {

    /** From the actor map of a history entry; null when the entry names nobody. */
    public static ActorView of(Map<String, Object> actor) {
        if (actor == null || !(actor.get("userId") instanceof String userId)) return null;
        String role = text(actor.get("role"));
        return new ActorView(userId, text(actor.get("displayName")), role, roleLabel(role), text(actor.get("unit")),
                text(actor.get("jurisdiction")));
    }

    public static ActorView of(Actor actor) {
        return new ActorView(actor.userId(), actor.displayName(), actor.role().name(), actor.role().label(),
                actor.unit(), actor.jurisdiction().value());
    }

    private static String roleLabel(String role) {
        for (Role known : Role.values()) {
            if (known.name().equals(role)) return known.label();
        }
        return role;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
