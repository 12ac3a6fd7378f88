/** The current status of each 政法办案 case (办案风险评估), projected from its events; its list, dossier and live updates. */
package org.wenping.query.legalcase;
