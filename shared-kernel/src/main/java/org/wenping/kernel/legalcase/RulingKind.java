package org.wenping.kernel.legalcase;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of ruling (裁决) on a case, each issued by the organs named with it. */
public enum RulingKind {
    JUDGMENT("判决", Organ.COURT),
    ORDER("裁定", Organ.COURT),
    MEDIATION_STATEMENT("调解书", Organ.COURT),
    PROSECUTION_DECISION("起诉决定", Organ.PROCURATORATE),
    NON_PROSECUTION_DECISION("不起诉决定", Organ.PROCURATORATE),
    TRANSFER_FOR_PROSECUTION("移送审查起诉决定", Organ.PUBLIC_SECURITY),
    CASE_DISMISSAL("撤销案件决定", Organ.PUBLIC_SECURITY),
    ADMINISTRATIVE_PENALTY("行政处罚决定", Organ.PUBLIC_SECURITY, Organ.JUSTICE_ADMINISTRATION),
    ADMINISTRATIVE_REVIEW_DECISION("行政复议决定", Organ.JUSTICE_ADMINISTRATION);

    private final String label;
    private final Set<Organ> issuers;

    RulingKind(String label, Organ issuer, Organ... moreIssuers) {
        this.label = label;
        this.issuers = EnumSet.of(issuer, moreIssuers);
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }

    public boolean issuedBy(Organ organ) {
        return issuers.contains(organ);
    }
}
