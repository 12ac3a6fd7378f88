/** What every command endpoint shares: the acting user, command metadata, If-Match versions and refusals. */
package org.wenping.command.web;
