package org.wenping.kernel.registry;

/**
 * The cases of a switch over {@link ExpertEvent}, one per event ({@link ExpertEvent#accept}); an event added to the
 * family adds its case here, and every switch then fails to compile until it handles it.
 *
 * @param <R> what the switch yields for an event
 */
public interface ExpertEventCases<R> {
    R on(ExpertRegisteredEvent event);

    R on(ExpertAffiliationsChangedEvent event);

    R on(ExpertInterestDeclaredEvent event);

    R on(ExpertRemovedEvent event);
}
