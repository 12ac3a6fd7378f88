package org.wenping.command.domain;

import org.wenping.kernel.jurisdiction.JurisdictionCode;

/** A command that creates a record: before it exists, the jurisdiction R9 checks is the one it is registered in. */
public interface RegistrationCommand extends RecordCommand {
    JurisdictionCode jurisdiction();
}
