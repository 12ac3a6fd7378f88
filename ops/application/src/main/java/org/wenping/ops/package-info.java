/** The runnable application: the Spring Boot main and everything that wires the two sides to the store. */
package org.wenping.ops;
