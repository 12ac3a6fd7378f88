package org.wenping.query.matter;

import java.util.Optional;

/**
 * A read model kept beside {@code matter_status} by the same projection: told of every view it saves, with the
 * view that one replaces, in the same batch, so that it is emptied, rebuilt and written with the status views.
 * Public so that read models outside this package (the statistics' tallies) can follow without a processor of
 * their own re-deriving every view.
 */
public interface MatterStatusFollower {
    /** Read models that follow the matter-status projection write into its read model (its slots and its reset). */
    String READ_MODEL = MatterStatusProjection.GROUP;

    /** {@code after} replaces {@code before} (empty when the matter's first event opened it). */
    void replaced(Optional<MatterStatusView> before, MatterStatusView after);
}
