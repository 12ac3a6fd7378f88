/** What every read endpoint shares: the reader's jurisdiction and not-found answers. */
package org.wenping.query.web;
