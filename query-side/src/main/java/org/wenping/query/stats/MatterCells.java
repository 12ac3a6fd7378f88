package org.wenping.query.stats;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.springframework.stereotype.Repository;
import org.wenping.kernel.actor.Actor;
import org.wenping.query.listing.StatusViewStore;
import org.wenping.query.listing.ViewCatalog;
import org.wenping.query.matter.ListingSource;
import org.wenping.query.matter.MatterStatusFollower;
import org.wenping.query.readmodel.ReadModels;

import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code matter_figures} collection, one {@link MatterCell} per 行政区划 code and year, in the matter-status read
 * model. Read like the status views: from memory on the embedded server, through the jurisdiction index on a real
 * MongoDB.
 */
@Repository
class MatterCells extends StatusViewStore<MatterCell> implements ScopedCells {
    static final String COLLECTION = "matter_figures";

    MatterCells(ReadModels readModels, ListingSource listing) {
        super(readModels.of(MatterStatusFollower.READ_MODEL, COLLECTION), COLLECTION,
                () -> new ViewCatalog<>(MatterCell::id, MatterCell::version),
                listing == ListingSource.CATALOG, MatterCell.class, MatterCell::lastChangedAt);
        if (listing == ListingSource.INDEXED) {
            declare(List.of(new IndexModel(Indexes.ascending("jurisdiction", "year"), new IndexOptions().name("jurisdiction_year"))));
        }
    }

    @Override
    public Stream<MatterCell> visibleTo(Actor reader) {
        return visibleWithin(reader.jurisdiction().prefix(), MatterCell::jurisdiction);
    }
}
