package org.wenping.ops.evidence;

import org.bson.BsonDocument;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.signing.SignedNote;

import java.util.List;
import java.util.Map;

/**
 * What the store proves about one record: its raw commit documents in sequence order, a signed checkpoint
 * covering all of them (cosigned where witnesses did), each event's inclusion proof in it by position,
 * and the verifier keys of everything that signed.
 */
public record RecordEvidence(String recordId, List<BsonDocument> commits, SignedNote checkpoint,
                             Map<Long, List<byte[]>> proofs, List<NoteVerifier> keys) {
    public RecordEvidence {
        commits = List.copyOf(commits);
        proofs = Map.copyOf(proofs);
        keys = List.copyOf(keys);
    }
}
