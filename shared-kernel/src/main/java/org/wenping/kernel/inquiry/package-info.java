/** 追责 (责任倒查) inquiries: their identity, the vocabulary of findings and sanctions, and the events of an inquiry. */
package org.wenping.kernel.inquiry;
