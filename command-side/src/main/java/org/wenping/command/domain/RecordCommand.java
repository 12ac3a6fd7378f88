package org.wenping.command.domain;

import org.wenping.kernel.actor.Action;

/** A command on a record (a matter, an expert, an agency): the action of the permission table it performs (R9). */
public interface RecordCommand {
    Action action();
}
