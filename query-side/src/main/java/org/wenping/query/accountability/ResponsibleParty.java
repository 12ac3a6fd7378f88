package org.wenping.query.accountability;

import org.wenping.query.dossier.ActorView;

/**
 * Someone the record names as answerable for a breach: a user who acted (userId set) or a person or unit the
 * record names by name only (userId null).
 *
 * @param capacity in which capacity they answer: 决策人, 决策机关, 责任主体, 措施责任人
 */
public record ResponsibleParty(String userId, String displayName, String role, String roleLabel, String unit,
                               String capacity) {

    static ResponsibleParty actor(ActorView actor, String capacity) {
        return new ResponsibleParty(actor.userId(), actor.displayName(), actor.role(), actor.roleLabel(), actor.unit(),
                capacity);
    }

    static ResponsibleParty unit(String unit, String capacity) {
        return new ResponsibleParty(null, null, null, null, unit, capacity);
    }

    static ResponsibleParty named(String person, String unit, String capacity) {
        return new ResponsibleParty(null, person, null, null, unit, capacity);
    }
}
