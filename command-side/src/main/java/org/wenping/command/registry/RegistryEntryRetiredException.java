package org.wenping.command.registry;

import org.wenping.command.domain.CommandRefusedException;

/** An expert who left the pool, or an agency struck from the registry, takes no further changes. */
class RegistryEntryRetiredException extends CommandRefusedException {
    RegistryEntryRetiredException(Object id) {
        super("REGISTRY_ENTRY_RETIRED", Kind.CONFLICT, "id", id + " 已出库或已除名,不能再变更");
    }
}
