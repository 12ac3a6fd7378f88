/** 追责/责任倒查: who did what on a matter, which rule each step satisfied, the breaches the record shows, and every action of one person across matters. */
package org.wenping.query.accountability;
