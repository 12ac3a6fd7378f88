/** 重大事项 (matters): their identity, classification and the events of their lifecycle. */
package org.wenping.kernel.matter;
