/** The query side's port to the key store of personal data: opening sealed 涉案人员 for an authorised read. */
package org.wenping.query.personal;
