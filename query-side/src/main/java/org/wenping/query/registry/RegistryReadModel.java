package org.wenping.query.registry;

import org.springframework.stereotype.Repository;
import org.wenping.query.readmodel.ReadModel;
import org.wenping.query.readmodel.ReadModels;

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

    private final ReadModel model;
    private final RegistryCollection<AgencyView> agencies;
    private final RegistryCollection<ExpertView> experts;

    RegistryReadModel(ReadModels readModels) {
        this.model = readModels.of(RegistryProjection.GROUP, AGENCIES, EXPERTS, LISTINGS);
        this.agencies = new RegistryCollection<>(model, AGENCIES, LISTINGS, AgencyView.class);
        this.experts = new RegistryCollection<>(model, EXPERTS, LISTINGS, ExpertView.class);
    }

    RegistryCollection<AgencyView> agencies() {
        return agencies;
    }

    RegistryCollection<ExpertView> experts() {
        return experts;
    }

    void deleteAll() {
        model.reset();
    }
}
