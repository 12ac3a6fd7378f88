/**
 * The application's side of personal data of 涉案人员: the key store's master key and wiring, the sealer and opener
 * ports, and what erasure and restriction events do to the keys.
 */
package org.wenping.ops.personaldata;
