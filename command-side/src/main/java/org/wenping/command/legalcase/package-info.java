/** The LegalCase aggregate (政法办案, 办案风险评估): listing, per-stage assessment, the ruling (R8) and closure. */
package org.wenping.command.legalcase;
