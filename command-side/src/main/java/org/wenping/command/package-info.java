/** The write model of Wenping: commands, aggregates and the rules they enforce. */
package org.wenping.command;
