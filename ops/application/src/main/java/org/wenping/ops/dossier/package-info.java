/**
 * The dossier export (a ZIP an outsider checks offline) and the 四性 report (DA/T 70-2018) of a record, generic
 * over the kind of record: each kind states what is particular to it in a {@link org.wenping.ops.dossier.DossierSource}.
 */
package org.wenping.ops.dossier;
