/**
 * What every aggregate of the write model shares, free of any web concern: the R9 check at its entry
 * ({@link org.wenping.command.domain.Authority}), refusals with stable codes, business dates, recording.
 */
package org.wenping.command.domain;
