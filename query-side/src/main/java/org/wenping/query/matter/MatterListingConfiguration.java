package org.wenping.query.matter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Answers the status list from the catalog or from the collection's indexes, as {@link ListingSource} says. */
@Configuration(proxyBeanMethods = false)
class MatterListingConfiguration {
    @Bean
    MatterQueries matterQueries(ListingSource listing, MatterStatusRepository repository) {
        return switch (listing) {
            case CATALOG -> new CatalogMatterViews(repository);
            case INDEXED -> new IndexedMatterViews(repository);
        };
    }
}
