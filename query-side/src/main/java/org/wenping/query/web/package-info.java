/** What every read endpoint shares: the reader's jurisdiction, paging, the read clock and the one refusal type. */
package org.wenping.query.web;
