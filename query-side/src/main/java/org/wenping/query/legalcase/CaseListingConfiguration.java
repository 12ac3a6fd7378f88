package org.wenping.query.legalcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wenping.query.matter.ListingSource;

/** Answers the case list from the catalog or from the collection's indexes, as {@link ListingSource} says. */
@Configuration(proxyBeanMethods = false)
class CaseListingConfiguration {
    @Bean
    CaseQueries caseQueries(ListingSource listing, CaseStatusRepository repository) {
        return switch (listing) {
            case CATALOG -> new CatalogCaseViews(repository);
            case INDEXED -> new IndexedCaseViews(repository);
        };
    }
}
