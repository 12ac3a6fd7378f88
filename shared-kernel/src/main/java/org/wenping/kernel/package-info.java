/** What the command side and the query side both speak: events, identifiers, value objects, metadata keys. */
package org.wenping.kernel;
