/** The hash chain that makes tampering with the event store detectable: canonical form and digest. */
package org.wenping.kernel.integrity;
