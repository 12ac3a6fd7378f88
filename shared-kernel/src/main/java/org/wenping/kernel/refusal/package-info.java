/** What a refusal is, for both sides alike: a stable code, how it is answered, the field or rule at fault. */
package org.wenping.kernel.refusal;
