package org.wenping.kernel.legalcase;

/** The 政法 organ handling a case (seed 004 篇4). */
public enum Organ {
    COURT("法院"),
    PROCURATORATE("检察院"),
    PUBLIC_SECURITY("公安"),
    JUSTICE_ADMINISTRATION("司法行政");

    private final String label;

    Organ(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
