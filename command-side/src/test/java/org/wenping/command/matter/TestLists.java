package org.wenping.command.matter;

import org.wenping.command.lists.AssessmentLists;
import org.wenping.command.lists.ListRulePolicy;
import org.wenping.command.lists.ListStanding;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The yearly lists, and whether R11 refuses, as a test sets them up. */
final class TestLists implements AssessmentLists, ListRulePolicy {
    private final Map<AssessmentListId, List<?>> lists = new HashMap<>();
    private final boolean refuses;

    private TestLists(boolean refuses) {
        this.refuses = refuses;
    }

    /** No list anywhere, and R11 flags rather than refuses: the matter tests before the lists. */
    static TestLists none() {
        return new TestLists(false);
    }

    static TestLists refusing() {
        return new TestLists(true);
    }

    static TestLists flagging() {
        return new TestLists(false);
    }

    TestLists with(AssessmentListId id, Object... events) {
        lists.put(id, List.of(events));
        return this;
    }

    @Override
    public Optional<ListStanding> findList(AssessmentListId id) {
        return ListStanding.replay(lists.getOrDefault(id, List.of()));
    }

    @Override
    public boolean refusesUnlistedDecisions(JurisdictionCode jurisdiction) {
        return refuses;
    }
}
