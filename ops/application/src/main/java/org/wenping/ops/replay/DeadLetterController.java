package org.wenping.ops.replay;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Admin only: the events projections could not handle, to retry once fixed or evict. */
@RestController
@RequestMapping("/api/ops/dead-letters")
class DeadLetterController {
    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetterView> list() {
        return deadLetters.list();
    }

    @PostMapping("/{eventId}/retry")
    Map<String, Object> retry(@PathVariable String eventId) {
        return Map.of("eventId", eventId, "processed", deadLetters.retry(eventId));
    }

    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> evict(@PathVariable String eventId) {
        deadLetters.evict(eventId);
        return ResponseEntity.noContent().build();
    }
}
