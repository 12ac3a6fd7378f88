package org.wenping.command.registry;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.MatterId;

import java.util.Optional;

/** Where a matter was registered, as an expert's declared interest in it needs to know (it must exist and be in reach). */
@FunctionalInterface
interface MatterJurisdictions {
    /** The jurisdiction of matter {@code id}, or empty when no matter of that id was ever registered. */
    Optional<JurisdictionCode> jurisdictionOf(MatterId id);
}
