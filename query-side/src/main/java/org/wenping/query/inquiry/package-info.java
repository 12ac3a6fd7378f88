/** 追责 inquiries as readers see them: each inquiry with its findings and sanctions, listed per subject and per person. */
package org.wenping.query.inquiry;
