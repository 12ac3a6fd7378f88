/** The 专家库 and the registry of third-party assessment agencies, as event-sourced aggregates, and the lookups R4 and R5 use. */
package org.wenping.command.registry;
