package org.wenping.command.legalcase;

/**
 * The opinions on record for a case, summed over every hearing: 凡绝大多数群众不理解、不支持的裁决,要慎之又慎 (seed
 * 004 篇4). The rule flags such a ruling, it never refuses one; "most" is read as more than half of those who gave
 * an opinion either way.
 */
record OpinionTally(int support, int oppose) {
    static final OpinionTally NONE = new OpinionTally(0, 0);

    OpinionTally add(int moreSupport, int moreOppose) {
        return new OpinionTally(support + moreSupport, oppose + moreOppose);
    }

    /** Whether a ruling now is flagged 慎之又慎. */
    boolean callsForUtmostCaution() {
        return oppose > support;
    }
}
