package org.haven.matching;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.haven.account.AccountPrincipal;
import org.haven.family.Urgency;
import org.haven.matching.MatchingDtos.ManualProposalRequest;
import org.haven.matching.MatchingDtos.ProposalResponse;
import org.haven.matching.MatchingDtos.RunResponse;
import org.haven.matching.MatchingDtos.StartRunRequest;
import org.haven.matching.MatchingDtos.UnassignedResponse;
import org.haven.matching.MatchingDtos.WhyUnassignedResponse;
import org.haven.matching.ProposalQueries.Slice;
import org.haven.matching.ProposalQueries.Window;
import org.haven.shared.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Matching runs, their proposals and explanations (docs/api.md); caseworkers only (security module). */
@Validated
@RestController
@RequestMapping("/api/matching")
class MatchingController {

    /** How many rows match a list's filters, over all its pages. */
    static final String TOTAL_HEADER = "X-Total-Count";

    private final MatchingRuns runs;
    private final ProposalQueries proposals;
    private final WhyUnassigned whyUnassigned;
    private final RunEventStream stream;
    private final ManualProposals manualProposals;

    MatchingController(MatchingRuns runs, ProposalQueries proposals, WhyUnassigned whyUnassigned,
            RunEventStream stream, ManualProposals manualProposals) {
        this.runs = runs;
        this.proposals = proposals;
        this.whyUnassigned = whyUnassigned;
        this.stream = stream;
        this.manualProposals = manualProposals;
    }

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RunResponse start(@Valid @RequestBody(required = false) StartRunRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return runs.start(request == null ? null : request.seconds(), caseworker.id());
    }

    @GetMapping("/runs")
    PageResponse<RunResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return runs.list(page, size);
    }

    @GetMapping("/runs/{id}")
    RunResponse get(@PathVariable UUID id) {
        return runs.get(id);
    }

    @PostMapping("/runs/{id}/stop")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RunResponse stop(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return runs.stop(id, caseworker.id());
    }

    @GetMapping(path = "/runs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable UUID id) {
        return stream.subscribe(runs.get(id));
    }

    /**
     * A run's proposals, filtered, sorted and, when {@code page} or {@code size} is given, one page
     * of them; {@value #TOTAL_HEADER} says how many match the filters in all.
     */
    @GetMapping("/runs/{id}/proposals")
    ResponseEntity<List<ProposalResponse>> proposals(@PathVariable UUID id,
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) @Min(0) @Max(PageResponse.MAX_PAGE) Integer page,
            @RequestParam(required = false) @Min(1) @Max(100) Integer size,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        ProposalOrder order = ProposalOrder.fromParam(sort);
        return withTotal(proposals.ofRun(id, status, urgency, q, order, new Window(page, size), caseworker.id()));
    }

    /** A pair proposed by hand (see ManualProposals). */
    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    ProposalResponse propose(@Valid @RequestBody ManualProposalRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return manualProposals.propose(request.familyId(), request.offerId(), caseworker.id());
    }

    @GetMapping("/proposals/{id}")
    ProposalResponse proposal(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return proposals.one(id, caseworker.id());
    }

    /** Like the proposals: filtered, and one page when {@code page} or {@code size} is given. */
    @GetMapping("/runs/{id}/unassigned")
    ResponseEntity<List<UnassignedResponse>> unassigned(@PathVariable UUID id,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Min(0) @Max(PageResponse.MAX_PAGE) Integer page,
            @RequestParam(required = false) @Min(1) @Max(100) Integer size,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return withTotal(proposals.unassigned(id, urgency, q, new Window(page, size), caseworker.id()));
    }

    /** The list stays a JSON array (docs/api.md); the total of all its pages travels in a header. */
    private static <T> ResponseEntity<List<T>> withTotal(Slice<T> slice) {
        return ResponseEntity.ok().header(TOTAL_HEADER, Long.toString(slice.total())).body(slice.items());
    }

    @GetMapping("/families/{familyId}/why-unassigned")
    WhyUnassignedResponse whyUnassigned(@PathVariable UUID familyId, @RequestParam(required = false) UUID runId,
            @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return whyUnassigned.explain(familyId, runId, limit, caseworker.id());
    }
}
