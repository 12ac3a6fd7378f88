/** Authentication (HTTP Basic against configured users, BCrypt) and the 401/403 answers. */
package org.wenping.ops.security;
