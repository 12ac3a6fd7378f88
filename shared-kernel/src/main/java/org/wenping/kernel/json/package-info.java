/** The one Jackson configuration used to write events and snapshots. */
package org.wenping.kernel.json;
