/**
 * The key store of personal data of 涉案人员: one data key per person, wrapped under a master key held outside the
 * database, which seals and opens that person's details and is destroyed on an authorised erasure (crypto-shredding).
 */
package org.wenping.ops.personal;
