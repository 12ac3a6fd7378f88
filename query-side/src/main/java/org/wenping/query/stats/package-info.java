/**
 * The supervisors' figures: {@code /api/stats} adds up the {@link org.wenping.query.stats.MatterCell}s (one per
 * 行政区划 code and year) that the matter-status projection keeps; the monthly 社会稳定风险评估情况统计表 and the cases'
 * figures are counted in one pass over the status views.
 */
package org.wenping.query.stats;
