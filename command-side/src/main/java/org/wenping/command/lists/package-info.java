/** 清单管理: the yearly assessment lists of responsible units, their filing with the 维稳办, and the R11 lookup. */
package org.wenping.command.lists;
