package org.wenping.query.accountability;

import java.util.List;

/**
 * Every action of one person across the matters the reader may see, grouped by matter.
 *
 * @param actionCount the number of actions over all listed matters
 */
public record PersonAccountability(String userId, int actionCount, List<PersonMatterActions> matters) {
}
