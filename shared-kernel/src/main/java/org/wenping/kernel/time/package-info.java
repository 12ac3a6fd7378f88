/** The time zone business dates are dates in. */
package org.wenping.kernel.time;
