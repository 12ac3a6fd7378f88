/** 行政区划 codes (GB/T 2260) and how one contains another. */
package org.wenping.kernel.jurisdiction;
