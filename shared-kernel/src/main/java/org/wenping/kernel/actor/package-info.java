/** Who issued a command: the authenticated actor, its role, unit and jurisdiction (rule R9). */
package org.wenping.kernel.actor;
