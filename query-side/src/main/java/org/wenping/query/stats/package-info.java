/**
 * The supervisors' figures over the matter status views: {@code /api/stats} and the monthly
 * 社会稳定风险评估情况统计表, counted in one pass over the in-process catalog.
 */
package org.wenping.query.stats;
