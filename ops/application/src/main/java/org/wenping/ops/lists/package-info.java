/** Which jurisdictions refuse decisions on matters that are on no filed yearly list (R11), from configuration. */
package org.wenping.ops.lists;
