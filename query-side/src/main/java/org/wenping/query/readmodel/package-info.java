/**
 * Each projection's collections in two slots, one read and one written, so that a rebuild fills the other slot
 * while readers keep the complete one, and readers move to the rebuilt slot all at once.
 */
package org.wenping.query.readmodel;
