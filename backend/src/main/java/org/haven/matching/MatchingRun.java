package org.haven.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** One solver run: what entered it, how it ended, and the families it left unassigned. */
@Entity
@Table(name = "matching_run")
class MatchingRun {

    private static final int FAILURE_LENGTH = 500;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(nullable = false)
    private int seconds;

    @Column(name = "started_by", nullable = false)
    private UUID startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int families;

    @Column(nullable = false)
    private int offers;

    @Column(nullable = false)
    private int assigned;

    @Column(length = 80)
    private String score;

    @Column(nullable = false)
    private int proposals;

    /**
     * Why a FAILED or STOPPED run ended so; for a DONE run, its notice (the time limit stopped the exact
     * phase early) or null. One column for both, as a run has at most one of them.
     */
    @Column(name = "failure", length = FAILURE_LENGTH)
    private String failure;

    /** With a DONE run's notice: the medium was proven optimal all the same (only the soft could improve). */
    @Column(name = "medium_proven", nullable = false)
    private boolean mediumProven;

    /** The size of {@link #unassigned}, kept so its list need not count it for every page. */
    @Column(name = "unassigned_count", nullable = false)
    private int unassignedCount;

    @ElementCollection
    @CollectionTable(name = "matching_unassigned", joinColumns = @JoinColumn(name = "run_id"))
    private List<UnassignedFamily> unassigned = new ArrayList<>();

    protected MatchingRun() {
    }

    MatchingRun(UUID id, int seconds, UUID startedBy, Instant startedAt, int families, int offers) {
        this.id = id;
        this.status = RunStatus.SOLVING;
        this.seconds = seconds;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.families = families;
        this.offers = offers;
    }

    void finish(String finalScore, int assignedFamilies, int proposalCount, List<UnassignedFamily> left, String notice,
                boolean noticeMediumProven, Instant now) {
        status = RunStatus.DONE;
        failure = notice == null ? null : notice.substring(0, Math.min(notice.length(), FAILURE_LENGTH));
        mediumProven = notice != null && noticeMediumProven;
        score = finalScore;
        assigned = assignedFamilies;
        proposals = proposalCount;
        unassigned.clear();
        unassigned.addAll(left);
        unassignedCount = left.size();
        finishedAt = now;
    }

    /** A stopped or failed run keeps its last score for the record but leaves no proposals. */
    void end(RunStatus endStatus, String lastScore, int assignedFamilies, String reason, Instant now) {
        status = endStatus;
        score = lastScore;
        assigned = assignedFamilies;
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), FAILURE_LENGTH));
        finishedAt = now;
    }

    UUID getId() {
        return id;
    }

    RunStatus getStatus() {
        return status;
    }

    int getSeconds() {
        return seconds;
    }

    UUID getStartedBy() {
        return startedBy;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    int getFamilies() {
        return families;
    }

    int getOffers() {
        return offers;
    }

    int getUnassignedCount() {
        return unassignedCount;
    }

    int getAssigned() {
        return assigned;
    }

    String getScore() {
        return score;
    }

    int getProposals() {
        return proposals;
    }

    String getFailure() {
        return status == RunStatus.DONE ? null : failure;
    }

    String getNotice() {
        return status == RunStatus.DONE ? failure : null;
    }

    boolean isMediumProven() {
        return status == RunStatus.DONE && mediumProven;
    }

    List<UnassignedFamily> getUnassigned() {
        return unassigned;
    }
}
