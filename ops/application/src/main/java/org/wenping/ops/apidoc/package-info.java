/** The API description at {@code /v3/api-docs}: texts, security schemes, problem responses and examples, from tables. */
package org.wenping.ops.apidoc;
