/** The read side of Wenping: projections of the event store and the GET API over them. */
package org.wenping.query;
