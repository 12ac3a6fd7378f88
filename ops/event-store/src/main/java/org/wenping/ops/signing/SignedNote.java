package org.wenping.ops.signing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, an empty line, then one line per signature,
 * {@code — <key name> base64(4-byte key id ‖ signature)}. The signatures cover the text including its
 * final newline.
 */
public record SignedNote(String text, List<Line> signatures) {
    private static final String DASH = "\u2014 ";

    public SignedNote {
        if (!text.endsWith("\n")) throw new IllegalArgumentException("a note's text ends with a newline");
        signatures = List.copyOf(signatures);
    }

    public static SignedNote sign(String text, NoteSigner signer) {
        return new SignedNote(text, List.of()).with(signer);
    }

    public SignedNote with(NoteSigner signer) {
        return with(Line.of(signer.verifier(), signer.sign(text.getBytes(StandardCharsets.UTF_8))));
    }

    public SignedNote with(Line line) {
        List<Line> all = new ArrayList<>(signatures);
        all.add(line);
        return new SignedNote(text, all);
    }

    public static SignedNote parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0) throw new IllegalArgumentException("a signed note has an empty line before its signatures");
        String text = note.substring(0, split + 1);
        List<Line> lines = new ArrayList<>();
        for (String line : note.substring(split + 2).split("\n")) {
            if (line.isEmpty()) continue;
            if (!line.startsWith(DASH)) throw new IllegalArgumentException("a signature line starts with an em dash");
            String[] parts = line.substring(DASH.length()).split(" ");
            if (parts.length != 2) throw new IllegalArgumentException("a signature line is — name signature");
            lines.add(new Line(parts[0], Base64.getDecoder().decode(parts[1])));
        }
        return new SignedNote(text, lines);
    }

    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(line -> out.append(DASH).append(line.keyName()).append(' ')
                .append(Base64.getEncoder().encodeToString(line.idAndSignature())).append('\n'));
        return out.toString();
    }

    /** Whether one of the lines is a valid signature by this key (lines of other keys are ignored). */
    public boolean signedBy(NoteVerifier verifier) {
        return signatures.stream().anyMatch(line -> line.by(verifier)
                && verifier.verify(text.getBytes(StandardCharsets.UTF_8), line.signature()));
    }

    /** One signature line: the key name and the key id followed by the signature bytes. */
    public record Line(String keyName, byte[] idAndSignature) {
        public static Line of(NoteVerifier verifier, byte[] signature) {
            return new Line(verifier.name(),
                    ByteBuffer.allocate(4 + signature.length).putInt(verifier.keyId()).put(signature).array());
        }

        public int keyId() {
            return idAndSignature.length < 4 ? 0 : ByteBuffer.wrap(idAndSignature).getInt();
        }

        public byte[] signature() {
            return Arrays.copyOfRange(idAndSignature, Math.min(4, idAndSignature.length), idAndSignature.length);
        }

        public boolean by(NoteVerifier verifier) {
            return keyName.equals(verifier.name()) && keyId() == verifier.keyId() && idAndSignature.length > 4;
        }
    }
}
