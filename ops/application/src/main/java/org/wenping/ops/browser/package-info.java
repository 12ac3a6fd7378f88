/**
 * The zh-CN web application for archivists, inspectors and supervising offices: static pages and ES modules
 * under {@code static/} that read the query API and send the command API's requests with the browser session.
 */
package org.wenping.ops.browser;
