/** Monthly reports to the 维稳办 (统计表, 工作进展情况报告表) as acts on the record, with the figures submitted. */
package org.wenping.kernel.reports;
