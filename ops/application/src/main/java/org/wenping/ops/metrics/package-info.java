/** The store's and the projections' own metrics, next to Axon's and Spring Boot's, on the Prometheus endpoint. */
package org.wenping.ops.metrics;
