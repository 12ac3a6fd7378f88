/** 清单管理: each responsible unit's yearly assessment list (年度社会稳定风险评估计划表), its items and its filing. */
package org.wenping.kernel.lists;
