package org.haven.imports;

import java.io.IOException;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV imports for charities moving from spreadsheets (URL rules: CASEWORKER only). The answer is
 * a report of every row; a file whose header does not match the template is refused whole (400).
 */
@RestController
@RequestMapping("/api/import")
class ImportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final OfferImporter offers;
    private final FamilyImporter families;
    private final ImportTemplates templates;
    private final ImportRuns runs;

    ImportController(OfferImporter offers, FamilyImporter families, ImportTemplates templates, ImportRuns runs) {
        this.offers = offers;
        this.families = families;
        this.templates = templates;
        this.runs = runs;
    }

    @PostMapping(path = "/offers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importOffers(@RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        ImportReport report = offers.importFile(contentOf(file), caseworker.id());
        runs.record(ImportKind.OFFERS, caseworker.id(), report);
        return report;
    }

    @PostMapping(path = "/families", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFamilies(@RequestPart(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        ImportReport report = families.importFile(contentOf(file), caseworker.id());
        runs.record(ImportKind.FAMILIES, caseworker.id(), report);
        return report;
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

    private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
