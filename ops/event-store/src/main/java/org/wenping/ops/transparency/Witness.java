package org.wenping.ops.transparency;

import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.signing.SignedNote;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A witness (C2SP tlog-witness, tlog-cosignature): it remembers the last checkpoint of one log it
 * cosigned, checks each new one is signed by the log and consistent with it (RFC 6962 proof), and only
 * then adds its own timestamped cosignature, {@code — name base64(key id ‖ 8-byte time ‖ Ed25519 over
 * "cosignature/v1\ntime <t>\n" ‖ checkpoint)}. Its state and the cosigned checkpoints live in its own
 * directory, away from the log.
 */
public final class Witness {
    private final NoteSigner key;
    private final NoteVerifier log;
    private final Path directory;
    private final Clock clock;

    public Witness(NoteSigner key, NoteVerifier log, Path directory, Clock clock) {
        if (key.algorithm() != SignatureAlgorithm.ED25519_COSIGNATURE) {
            throw new IllegalArgumentException("a witness key is an Ed25519-cosignature/v1 key");
        }
        this.key = key;
        this.log = log;
        this.directory = directory;
        this.clock = clock;
    }

    /** Checks and cosigns {@code note}; {@code proofs} answers consistency proofs between two sizes. */
    public Outcome observe(String note, ConsistencyProofs proofs) throws IOException {
        SignedNote signed = SignedNote.parse(note);
        if (!signed.signedBy(log)) return new Outcome(Verdict.NOT_SIGNED_BY_LOG, "检查点没有日志密钥 " + log.name() + " 的有效签名");
        Checkpoint checkpoint = Checkpoint.parse(signed.text());
        Path state = directory.resolve("state");
        if (Files.exists(state)) {
            Checkpoint seen = Checkpoint.parse(SignedNote.parse(Files.readString(state, StandardCharsets.UTF_8)).text());
            if (!seen.origin().equals(checkpoint.origin())) {
                return new Outcome(Verdict.INCONSISTENT, "来源 " + checkpoint.origin() + " 不是 " + seen.origin());
            }
            if (checkpoint.size() < seen.size()) {
                return new Outcome(Verdict.INCONSISTENT, "日志从 " + seen.size() + " 个事件回退到 " + checkpoint.size() + " 个");
            }
            if (checkpoint.size() == seen.size() && java.util.Arrays.equals(checkpoint.root(), seen.root())) {
                return new Outcome(Verdict.UNCHANGED, "没有新的检查点(" + seen.size() + ")");
            }
            List<byte[]> proof = proofs.between(seen.size(), checkpoint.size());
            if (!MerkleTree.verifyConsistency(seen.size(), checkpoint.size(), proof, seen.root(), checkpoint.root())) {
                return new Outcome(Verdict.INCONSISTENT, "第 " + checkpoint.size() + " 号检查点与见过的第 "
                        + seen.size() + " 号不一致:日志的历史被改写");
            }
        }
        SignedNote cosigned = signed.with(cosignature(signed.text()));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(checkpoint.size() + ".checkpoint"), cosigned.format(), StandardCharsets.UTF_8);
        Files.writeString(state, cosigned.format(), StandardCharsets.UTF_8);
        return new Outcome(Verdict.COSIGNED, cosigned.format());
    }

    private SignedNote.Line cosignature(String checkpointText) {
        long time = clock.instant().getEpochSecond();
        byte[] signature = key.sign(message(time, checkpointText));
        return SignedNote.Line.of(key.verifier(), ByteBuffer.allocate(8 + signature.length).putLong(time).put(signature).array());
    }

    static byte[] message(long time, String checkpointText) {
        return ("cosignature/v1\ntime " + time + "\n" + checkpointText).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code note} carries a valid cosignature by {@code witness}. */
    public static boolean cosignedBy(SignedNote note, NoteVerifier witness) {
        return note.signatures().stream().filter(line -> line.by(witness)).anyMatch(line -> {
            byte[] timeAndSignature = line.signature();
            if (timeAndSignature.length != 8 + 64) return false;
            long time = ByteBuffer.wrap(timeAndSignature).getLong();
            return witness.verify(message(time, note.text()), java.util.Arrays.copyOfRange(timeAndSignature, 8, 72));
        });
    }

    /** Fetches the consistency proof between two tree sizes from the log. */
    @FunctionalInterface
    public interface ConsistencyProofs {
        List<byte[]> between(long from, long to) throws IOException;
    }

    public enum Verdict { COSIGNED, UNCHANGED, NOT_SIGNED_BY_LOG, INCONSISTENT }

    /** What the witness did, with the cosigned checkpoint or the reason it refused. */
    public record Outcome(Verdict verdict, String detail) {
    }
}
