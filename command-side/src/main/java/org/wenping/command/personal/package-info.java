/** The command side's port to the key store of personal data: sealing happens before a command is sent. */
package org.wenping.command.personal;
