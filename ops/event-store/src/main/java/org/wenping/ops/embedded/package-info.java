/** The in-process MongoDB wire-protocol server (mongo-java-server) that is the default store. */
package org.wenping.ops.embedded;
