/**
 * The dossier export as evidence an outsider checks offline: its files, how they are written from the raw
 * commits, and {@link org.wenping.ops.evidence.VerifyExport}, which checks a ZIP with nothing else.
 */
package org.wenping.ops.evidence;
