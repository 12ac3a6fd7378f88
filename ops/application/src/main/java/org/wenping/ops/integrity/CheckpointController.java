package org.wenping.ops.integrity;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.ops.signing.NoteVerifier;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The log's public face, without authentication, in plain text that witnesses and auditors poll:
 * {@code GET /checkpoint} the latest signed checkpoint (C2SP signed note), {@code GET /checkpoint/consistency}
 * the RFC 6962 consistency proof between two sizes (one base64 hash a line), {@code GET /checkpoint/keys}
 * the verifier keys of every key that signed here.
 */
@RestController
class CheckpointController {
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final CheckpointLog log;
    private final SigningKeys keys;

    CheckpointController(CheckpointLog log, SigningKeys keys) {
        this.log = log;
        this.keys = keys;
    }

    @GetMapping("/checkpoint")
    ResponseEntity<String> latest() {
        return log.latest().or(log::publish)
                .map(note -> ResponseEntity.ok().contentType(TEXT).body(note.format()))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body("尚无检查点\n"));
    }

    @GetMapping("/checkpoint/consistency")
    ResponseEntity<String> consistency(@RequestParam long from, @RequestParam long to) {
        try {
            List<byte[]> proof = log.consistency(from, to);
            return ResponseEntity.ok().contentType(TEXT).body(lines(proof));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(TEXT).body(e.getMessage() + "\n");
        }
    }

    @GetMapping("/checkpoint/keys")
    ResponseEntity<String> keys() {
        return ResponseEntity.ok().contentType(TEXT).body(keys.trusted().verifiers().stream()
                .map(NoteVerifier::encoded).collect(Collectors.joining("\n", "", "\n")));
    }

    private static String lines(List<byte[]> hashes) {
        return hashes.stream().map(hash -> Base64.getEncoder().encodeToString(hash) + "\n").collect(Collectors.joining());
    }
}
