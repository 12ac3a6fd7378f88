package org.wenping.query.accountability;

import java.util.List;

/**
 * One page of everything one person did, grouped by matter, over the matters the reader may see.
 *
 * @param totalMatters how many matters the person acted on that the reader may see, over all pages
 * @param actionCount  the number of actions on this page's matters
 */
public record PersonAccountability(String userId, int page, int size, int totalMatters, int actionCount,
                                   List<PersonMatterActions> matters) {
}
