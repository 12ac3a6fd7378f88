package org.wenping.query.stats;

import org.springframework.stereotype.Component;
import org.wenping.query.matter.MatterStatusFollower;
import org.wenping.query.matter.MatterStatusView;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the {@link MatterCell}s as the matter-status projection saves views: a changed view takes its old figures
 * out of its old cell and puts its new ones in its new cell. Most events change no figure and write nothing here.
 */
@Component
class MatterTally implements MatterStatusFollower {
    private final MatterCells cells;

    MatterTally(MatterCells cells) {
        this.cells = cells;
    }

    @Override
    public void replaced(Optional<MatterStatusView> before, MatterStatusView after) {
        MatterFigures now = MatterFigures.of(after);
        Optional<MatterFigures> was = before.map(MatterFigures::of);
        if (was.isPresent() && was.get().equals(now)) return;
        Instant at = after.progress().lastChangedAt();
        was.ifPresent(figures -> cells.save(cellOf(figures).minus(figures, at)));
        cells.save(cellOf(now).plus(now, at));
    }

    private MatterCell cellOf(MatterFigures figures) {
        return cells.findById(figures.cellId()).orElseGet(() -> MatterCell.empty(figures));
    }
}
