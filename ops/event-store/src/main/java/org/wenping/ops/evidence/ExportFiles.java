package org.wenping.ops.evidence;

/** The names of the entries of a dossier export (a ZIP); docs/integrity.md describes each. */
public final class ExportFiles {
    /** The record's events, one a line: exactly the RFC 8785 bytes each event's hash is taken over. */
    public static final String EVENTS = "events.jsonl";
    /** Every event's position, sequence, hash and commit, and every commit's signed statement and signature. */
    public static final String MANIFEST = "manifest.json";
    /** The signed checkpoint the proofs lead to, with the witnesses' cosignatures where present. */
    public static final String CHECKPOINT = "checkpoint";
    /** One RFC 6962 inclusion proof per event: {@code proofs/<position>.proof}. */
    public static final String PROOFS = "proofs/";
    /** The verifier keys of the log (and of the witnesses) that signed what the export carries. */
    public static final String KEYS = "keys.txt";
    /** The SHA-256 of every other entry, in a note signed by the log's key. */
    public static final String SEAL = "SHA256SUMS";
    /** The printable zh-CN page of the dossier and its accountability timeline. */
    public static final String PAGE = "dossier.html";
    /** The 四性 report (DA/T 70-2018) as JSON. */
    public static final String FOUR_PROPERTIES = "four-properties.json";

    private ExportFiles() {
    }

    public static String proofOf(long position) {
        return PROOFS + position + ".proof";
    }
}
