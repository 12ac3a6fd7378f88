package org.wenping.command.domain;

/** R9: a command that names no authenticated actor is never executed. */
public class MissingActorException extends CommandRefusedException {
    public MissingActorException() {
        super("R9_NO_ACTOR", Kind.FORBIDDEN, "actor", "命令未携带经认证的办理人");
    }
}
