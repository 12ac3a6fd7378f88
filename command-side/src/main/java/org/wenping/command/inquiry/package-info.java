/** The AccountabilityInquiry aggregate (追责, 责任倒查): findings read from the subject's own record, sanctions, conclusion. */
package org.wenping.command.inquiry;
