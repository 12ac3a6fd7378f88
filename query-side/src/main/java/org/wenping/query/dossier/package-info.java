/** 一事一档: the dossier of one matter, built on demand from its stored events, as it stands now or stood at any past instant. */
package org.wenping.query.dossier;
