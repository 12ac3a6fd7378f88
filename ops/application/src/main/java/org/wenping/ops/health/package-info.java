/** Health that tells the truth: the store takes writes, the durable head advances, each projection keeps up. */
package org.wenping.ops.health;
