/** Signing keys (Ed25519, SM2 with SM3) and C2SP signed notes: what the store signs and anybody verifies. */
package org.wenping.ops.signing;
