/** The grading scheme each jurisdiction uses, from configuration. */
package org.wenping.ops.grading;
