/** Reference data the application reads from files, not code: the names of the 行政区划. */
package org.wenping.ops.reference;
