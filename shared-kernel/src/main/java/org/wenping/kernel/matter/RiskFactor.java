package org.wenping.kernel.matter;

import java.util.Objects;

/**
 * One risk factor found while analysing a dimension (seed 004 篇3): what it is, how likely and how grave,
 * how many people it could involve and the form it could take.
 */
public record RiskFactor(
        String description,
        Likelihood probability,
        Severity severity,
        int peopleInvolved,
        IncidentForm form) {

    public RiskFactor {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(form, "form");
    }
}
