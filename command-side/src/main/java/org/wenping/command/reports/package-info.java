/** Monthly reports (统计表, 工作进展情况报告表) submitted by a responsible unit to the 维稳办. */
package org.wenping.command.reports;
