/**
 * Authentication (HTTP Basic against configured users, BCrypt; bearer tokens of a central identity service) and
 * the 401/403 answers.
 */
package org.wenping.ops.security;
