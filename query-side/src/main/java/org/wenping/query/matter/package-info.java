/** The current status of each 重大事项, projected from its events. */
package org.wenping.query.matter;
