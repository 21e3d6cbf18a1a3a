package org.haven.statistics;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admins' figures; the security module lets only admins reach /api/admin/**. */
@RestController
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/admin/stats")
    Statistics stats() {
        return statistics.current();
    }

    @GetMapping(path = "/api/admin/stats.csv", produces = "text/csv")
    ResponseEntity<String> csv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"haven-statistics.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(statistics.csv(statistics.current()));
    }
}
