package org.wenping.ops.accesslog;

import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Role;
import org.wenping.ops.dossier.ReadAudit;
import org.wenping.ops.verify.VerifyReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 安全性 of a record from the access log: the log itself verifies (chain, signatures, checkpoint), and every read
 * of the record it served (2xx) was by a role the permission table lets read it.
 */
@Component
class AccessLogReadAudit implements ReadAudit {
    private static final int PAGE = 200;

    private final AccessLog log;

    AccessLogReadAudit(AccessLog log) {
        this.log = log;
    }

    @Override
    public Optional<List<String>> problems(String recordId) {
        List<String> problems = new ArrayList<>();
        VerifyReport integrity = log.verify();
        integrity.breaches().forEach(breach -> problems.add("访问日志第 " + breach.position() + " 条 " + breach.kind()
                + "(" + breach.detail() + ")"));
        for (int page = 0; ; page++) {
            List<AccessLogLine> lines = log.find(new AccessLogQuery(recordId, null, null, null, page, PAGE));
            lines.stream().filter(line -> line.entry().status() / 100 == 2 && !permitted(line.entry()))
                    .forEach(line -> problems.add("访问日志第 " + line.position() + " 条:" + line.entry().readerId() + "("
                            + line.entry().role() + ")无权读取" + line.entry().kind().getLabel()));
            if (lines.size() < PAGE) break;
        }
        return Optional.of(problems);
    }

    @Override
    public String notCheckedReason() {
        return "访问日志无法读取";
    }

    private static boolean permitted(AccessLogEntry entry) {
        Action action = entry.kind() == AccessKind.PERSONAL_DATA ? Action.READ_PERSONAL_DATA : Action.READ_RECORDS;
        for (Role role : Role.values()) {
            if (role.name().equals(entry.role())) return Permissions.scope(role, action).isPresent();
        }
        return false;
    }
}
