/** What every command endpoint shares: the acting user, command metadata, If-Match versions, plain-text checks. */
package org.wenping.command.web;
