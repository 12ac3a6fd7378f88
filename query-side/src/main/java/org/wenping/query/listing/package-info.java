/** What the status lists of every kind of record share: the in-memory catalog and the jurisdiction prefix as a query. */
package org.wenping.query.listing;
