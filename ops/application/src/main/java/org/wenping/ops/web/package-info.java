/**
 * The HTTP edge: one problem+json shape for every answer that is not 2xx (our refusals, Spring's, the firewall's
 * and Tomcat's), one log line per refusal, body-size limit, correlation ids, strict JSON reading.
 */
package org.wenping.ops.web;
