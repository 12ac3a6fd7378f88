package org.wenping.query.personal;

import org.wenping.kernel.personal.PersonDetails;
import org.wenping.kernel.personal.SealedPersonalData;

import java.util.Optional;

/**
 * Opens sealed 涉案人员 data for a read that was authorised and is recorded. Empty when the person's key was
 * destroyed by an erasure (the reader shows 「已删除」).
 */
public interface PersonalDataOpener {

    Optional<PersonDetails> open(SealedPersonalData sealed);
}
