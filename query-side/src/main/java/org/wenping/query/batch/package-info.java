/** Read-model writes buffered for one batch of events and written in bulk before the batch's token is stored. */
package org.wenping.query.batch;
