/** Reference data the rules need: the 专家库 (R5 回避) and the registry of third-party assessment agencies (R4). */
package org.wenping.kernel.registry;
