/** Axon wiring: serializers, the Mongo storage engine, tokens, snapshots, audit metadata and command retries. */
package org.wenping.ops.axon;
