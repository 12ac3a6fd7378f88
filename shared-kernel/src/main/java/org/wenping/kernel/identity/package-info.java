/** Identifier form shared by every aggregate id. */
package org.wenping.kernel.identity;
