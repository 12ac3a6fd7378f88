package org.wenping.command.inquiry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Subjects held in memory, read as the event store's streams are ({@link EventSourcedSubjects#read}). */
final class TestSubjects implements SubjectRecords {
    private final Map<String, List<StreamedEvent>> streams = new HashMap<>();

    TestSubjects with(String subjectId, List<StreamedEvent> stream) {
        streams.put(subjectId, stream);
        return this;
    }

    @Override
    public Optional<SubjectHistory> find(String subjectId) {
        return EventSourcedSubjects.read(streams.getOrDefault(subjectId, List.of()));
    }
}
