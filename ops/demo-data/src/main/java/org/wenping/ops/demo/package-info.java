/**
 * Demo data: a realistic year of 稳评 in 酒泉市, written through the real commands as the demo users, once,
 * when the application starts with {@code --wenping.demo-data=true}.
 */
package org.wenping.ops.demo;
