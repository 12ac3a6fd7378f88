/** The HTTP edge: problem+json refusals, body-size limit, correlation ids, strict JSON reading. */
package org.wenping.ops.web;
