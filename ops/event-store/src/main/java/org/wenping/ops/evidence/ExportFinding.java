package org.wenping.ops.evidence;

/**
 * One thing an export check found wrong: the entry it is in, the event's global position when it concerns
 * one (else null), and a zh-CN explanation.
 */
public record ExportFinding(String file, Long position, String detail) {

    @Override
    public String toString() {
        return file + (position == null ? "" : "(第 " + position + " 位事件)") + ":" + detail;
    }
}
