package org.wenping.query.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The registries' read model:
 * <ul>
 *   <li>{@code agencies}: one {@link AgencyView} per 评估机构;</li>
 *   <li>{@code experts}: one {@link ExpertView} per expert of the 专家库;</li>
 *   <li>{@code registry_listings}: per registry (its collection's name as {@code _id}), its entries in the order
 *       registered.</li>
 * </ul>
 */
@Repository
class RegistryReadModel {
    static final String AGENCIES = "agencies";
    static final String EXPERTS = "experts";
    static final String LISTINGS = "registry_listings";

    private final RegistryCollection<AgencyView> agencies;
    private final RegistryCollection<ExpertView> experts;

    RegistryReadModel(MongoDatabase database) {
        MongoCollection<Document> listings = database.getCollection(LISTINGS);
        this.agencies = new RegistryCollection<>(database.getCollection(AGENCIES), listings, AgencyView.class);
        this.experts = new RegistryCollection<>(database.getCollection(EXPERTS), listings, ExpertView.class);
    }

    RegistryCollection<AgencyView> agencies() {
        return agencies;
    }

    RegistryCollection<ExpertView> experts() {
        return experts;
    }

    void deleteAll() {
        agencies.deleteAll();
        experts.deleteAll();
    }
}
