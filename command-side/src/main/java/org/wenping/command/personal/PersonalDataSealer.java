package org.wenping.command.personal;

import org.wenping.kernel.personal.PersonDetails;
import org.wenping.kernel.personal.SealedPersonalData;

/**
 * Seals one person's details under a new key of that person, kept outside the event store. The web edge seals
 * 涉案人员 before it sends a command, so that no command message, event or log ever carries them in clear.
 */
public interface PersonalDataSealer {

    /** Creates the person's key under {@code keyId} (new, never reused) and returns the details sealed under it. */
    SealedPersonalData seal(String keyId, PersonDetails details);
}
