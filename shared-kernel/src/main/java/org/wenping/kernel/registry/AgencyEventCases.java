package org.wenping.kernel.registry;

/**
 * The cases of a switch over {@link AgencyEvent}, one per event ({@link AgencyEvent#accept}); an event added to the
 * family adds its case here, and every switch then fails to compile until it handles it.
 *
 * @param <R> what the switch yields for an event
 */
public interface AgencyEventCases<R> {
    R on(AgencyRegisteredEvent event);

    R on(AgencyDeregisteredEvent event);
}
