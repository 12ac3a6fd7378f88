/**
 * Monthly reports as read: the figures the record holds per unit and month (the report generated from the
 * record), each submission with 迟报 and its 瞒报-suspect figures (R12), and 漏报 for reports never submitted.
 */
package org.wenping.query.reports;
