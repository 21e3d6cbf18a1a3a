package org.haven.imports;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.haven.account.AccountPrincipal;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV imports for charities moving from spreadsheets (URL rules: CASEWORKER only). A file is
 * accepted at once (202, an import job) and imported in the background; a file whose header does
 * not match the template is refused whole (400). The job tells its progress, then its report of
 * every row.
 */
@RestController
@RequestMapping("/api/import")
class ImportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ImportJobs jobs;
    private final ImportTemplates templates;

    ImportController(ImportJobs jobs, ImportTemplates templates) {
        this.jobs = jobs;
        this.templates = templates;
    }

    @PostMapping(path = "/offers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobResponse> importOffers(@RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return accepted(jobs.start(ImportKind.OFFERS, contentOf(file), caseworker.id()));
    }

    @PostMapping(path = "/families", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobResponse> importFamilies(@RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return accepted(jobs.start(ImportKind.FAMILIES, contentOf(file), caseworker.id()));
    }

    /** The running import (anyone's: its progress only) and the caller's own imports whose reports are kept. */
    @GetMapping("/jobs")
    ImportJobList jobs(@AuthenticationPrincipal AccountPrincipal caseworker) {
        return jobs.current(caseworker.id());
    }

    /** An import's progress: to every caseworker (an upload refused while it runs carries its id, to follow it). */
    @GetMapping("/jobs/{id}")
    ImportJobResponse job(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return jobs.get(id, caseworker.id());
    }

    /** The row-by-row report: to the caseworker who started the import only. */
    @GetMapping("/jobs/{id}/report")
    ImportReport report(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return jobs.report(id, caseworker.id());
    }

    @GetMapping("/offers/template.csv")
    ResponseEntity<byte[]> offersTemplate() {
        return download("haven-offers-template.csv", templates.offers());
    }

    @GetMapping("/families/template.csv")
    ResponseEntity<byte[]> familiesTemplate() {
        return download("haven-families-template.csv", templates.families());
    }

    private static byte[] contentOf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalidField("file", FieldError.REQUIRED, "Choose a CSV file to upload.");
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The uploaded file could not be read. Try again.");
        }
    }

    private static ResponseEntity<ImportJobResponse> accepted(ImportJobResponse job) {
        return ResponseEntity.accepted().location(URI.create("/api/import/jobs/" + job.id())).body(job);
    }

    private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
