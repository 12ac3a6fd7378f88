/**
 * Personal data of 涉案人员 (sensitive personal information, PIPL Art. 28) as events carry it: never in clear,
 * always sealed under a key of that one person kept outside the event store, so that destroying the key
 * (crypto-shredding) erases the data while every event's hash, computed over the ciphertext, still verifies.
 */
package org.wenping.kernel.personal;
