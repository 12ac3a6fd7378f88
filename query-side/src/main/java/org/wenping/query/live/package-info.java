/** Live updates for dashboards: Axon subscription queries served as Server-Sent Events. */
package org.wenping.query.live;
