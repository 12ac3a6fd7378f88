/**
 * Tamper evidence in the running application: the signing key, published checkpoints, the verify and
 * witness command lines, the integrity endpoint, health component and background verification.
 */
package org.wenping.ops.integrity;
