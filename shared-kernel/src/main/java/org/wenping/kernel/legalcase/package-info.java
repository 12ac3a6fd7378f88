/** 政法办案 cases (办案风险评估, seed 004 篇4): their identity, classification and the events of their lifecycle. */
package org.wenping.kernel.legalcase;
