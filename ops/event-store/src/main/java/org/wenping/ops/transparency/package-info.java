/** The RFC 6962 Merkle tree over the global order and its C2SP checkpoints, proofs and witness cosignatures. */
package org.wenping.ops.transparency;
