package org.wenping.ops.personaldata;

import org.wenping.kernel.personal.PersonDetails;

/**
 * One 涉案人员 of a case as {@code GET /api/cases/{id}/persons} shows it.
 *
 * @param details the person's details, present only when {@code shown} is {@link PersonShown#DETAILS}
 * @param ground  the legal ground of the erasure or restriction, when there is one
 */
record CasePerson(String keyId, PersonShown shown, String label, PersonDetails details, String ground) {

    static CasePerson open(String keyId, PersonDetails details, String ground) {
        return new CasePerson(keyId, PersonShown.DETAILS, PersonShown.DETAILS.getLabel(), details, ground);
    }

    static CasePerson withheld(String keyId, PersonShown shown, String ground) {
        return new CasePerson(keyId, shown, shown.getLabel(), null, ground);
    }
}
