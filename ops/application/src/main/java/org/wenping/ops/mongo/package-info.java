/** The MongoDB connection: a real replica set when a URI is configured, the embedded file-backed server otherwise. */
package org.wenping.ops.mongo;
