/** Re-reads the raw store and names every event that was altered, forged, inserted, deleted or moved. */
package org.wenping.ops.verify;
