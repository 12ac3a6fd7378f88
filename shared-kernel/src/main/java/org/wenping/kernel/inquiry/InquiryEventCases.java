package org.wenping.kernel.inquiry;

/**
 * The cases of a switch over {@link InquiryEvent}, one per event ({@link InquiryEvent#accept}); an event added to
 * the family adds its case here, and every switch then fails to compile until it handles it.
 *
 * @param <R> what the switch yields for an event
 */
public interface InquiryEventCases<R> {
    R on(InquiryOpenedEvent event);

    R on(FindingRecordedEvent event);

    R on(SanctionImposedEvent event);

    R on(InquiryConcludedEvent event);
}
