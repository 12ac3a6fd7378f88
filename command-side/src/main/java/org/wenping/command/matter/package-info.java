/** The Matter aggregate (重大事项): registration, assessment stages and the rules that guard them. */
package org.wenping.command.matter;
