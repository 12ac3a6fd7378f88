package org.wenping.command.lists;

import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;
import org.wenping.kernel.lists.ListItemAddedEvent;
import org.wenping.kernel.lists.ListItemWithdrawnEvent;
import org.wenping.kernel.matter.MatterId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a yearly list stands: whether it was filed, which items are open (on it and not withdrawn), and which
 * matter each item added during the year was added for.
 */
public final class ListStanding {
    private boolean filed;
    private int items;
    private final Map<Integer, MatterId> addedFor = new HashMap<>();
    private final Set<Integer> withdrawn = new HashSet<>();

    /** Folds the events of one list's stream, oldest first; empty when there are none. */
    public static Optional<ListStanding> replay(List<?> payloads) {
        if (payloads.isEmpty()) return Optional.empty();
        ListStanding standing = new ListStanding();
        payloads.forEach(standing::apply);
        return Optional.of(standing);
    }

    private void apply(Object event) {
        if (event instanceof AssessmentListCompiledEvent compiled) {
            items = compiled.items().size();
        } else if (event instanceof AssessmentListFiledEvent) {
            filed = true;
        } else if (event instanceof ListItemAddedEvent added) {
            items = added.itemNo();
            if (added.matterId() != null) addedFor.put(added.itemNo(), added.matterId());
        } else if (event instanceof ListItemWithdrawnEvent withdrawal) {
            withdrawn.add(withdrawal.itemNo());
        }
    }

    public boolean filed() {
        return filed;
    }

    /** Whether item {@code itemNo} is on the list and not withdrawn. */
    public boolean open(Integer itemNo) {
        return itemNo != null && itemNo >= 1 && itemNo <= items && !withdrawn.contains(itemNo);
    }

    /** Whether an open item covers the matter: the item it was registered against, or one added for it. */
    public boolean covers(MatterId matterId, Integer registeredItemNo) {
        return open(registeredItemNo) || addedFor.entrySet().stream()
                .anyMatch(added -> added.getValue().equals(matterId) && open(added.getKey()));
    }
}
