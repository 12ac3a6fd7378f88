/** The 评估机构 registry and the 专家库 as readers see them: each entry with its state, listed per registry. */
package org.wenping.query.registry;
