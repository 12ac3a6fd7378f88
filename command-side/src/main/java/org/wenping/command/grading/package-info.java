/** Which grading scheme a jurisdiction uses; recorded on each matter at registration. */
package org.wenping.command.grading;
