package org.wenping.ops.replay;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Admin only (see SecurityConfiguration): each projection's progress, and rebuilding one or all of them. */
@RestController
@RequestMapping("/api/ops/projections")
class ProjectionAdminController {
    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    List<ProcessorProgress> progress() {
        return rebuilds.progress();
    }

    @PostMapping("/{projection}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProcessorProgress> rebuild(@PathVariable String projection) {
        if (projection.equals("all")) {
            return rebuilds.projections().stream().map(rebuilds::rebuild).toList();
        }
        return List.of(rebuilds.rebuild(projection));
    }
}
