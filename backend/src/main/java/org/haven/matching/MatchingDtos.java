package org.haven.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.haven.family.Urgency;
import org.haven.host.OfferType;
import org.haven.matching.solver.PairExplanation.Line;

/** The JSON of /api/matching (docs/api.md). */
final class MatchingDtos {

    static final int MIN_SECONDS = 1;
    static final int MAX_SECONDS = 300;
    static final int DEFAULT_SECONDS = 30;

    private MatchingDtos() {
    }

    record ManualProposalRequest(@NotNull UUID familyId,
                                 @NotNull UUID offerId) {
    }

    record StartRunRequest(@Min(MIN_SECONDS) @Max(MAX_SECONDS) Integer seconds) {
    }

    /**
     * {@code families}/{@code offers}: how many entered the run; {@code assigned}: in its best solution so far;
     * {@code notice}: set when the time limit stopped the exact phase early (the answer breaks no rule but may
     * not be the best), else null; {@code mediumProven}: with a notice, true when the weighted people housed
     * are proven the most any run could house (only the soft terms could still improve).
     */
    record RunResponse(UUID id, RunStatus status, String score, Instant startedAt, Instant finishedAt, int seconds,
                       int families, int offers, int assigned, long elapsedMs, int proposals, String failure,
                       String notice, boolean mediumProven) {
    }

    record ProposalResponse(UUID id, UUID runId, UUID familyId, UUID offerId, ProposalStatus status, long score,
                            Integer distanceKm, FamilySummary family, OfferSummary offer,
                            List<ExplanationLine> explanation) {
    }

    record FamilySummary(String reference, int size, int adults, int children, Urgency urgency, Integer waitingDays,
                         String preferredPlace) {
    }

    record OfferSummary(String title, OfferType type, String place, int bedrooms, int maxGuests, UUID hostId) {
    }

    /**
     * One rule as checked for a pair: soft rules carry their penalty, hard rules pass (penalty 0).
     * {@code text} is the sentence in English; {@code key} and {@code values} are the same sentence
     * for the browser to word in the reader's language (docs/api.md, "Explanations in the reader's
     * language"). Both are null in explanations stored before they existed: the browser then shows
     * {@code text}.
     */
    record ExplanationLine(String rule, long penalty, String text, boolean passed, String key,
                           Map<String, Object> values) {

        static ExplanationLine of(Line line) {
            return new ExplanationLine(line.rule(), line.penalty(), line.text(), line.passed(), line.key(),
                    line.values());
        }
    }

    record UnassignedResponse(UUID familyId, String reference, int size, Urgency urgency, Integer waitingDays) {
    }

    /**
     * {@code basis}: whose data the rules were checked against. Always {@code TODAY}: the families and
     * offers as they are now ({@code checkedAt}), not as the run saw them, since a run keeps no copy of
     * its input; only "given to another family" (TAKEN) comes from the run itself ({@code runId}, the
     * run asked about or the latest finished one, null when there is none).
     */
    record WhyUnassignedResponse(UUID familyId, String reference, List<OfferReasons> offers, DataBasis basis,
                                 Instant checkedAt, UUID runId) {
    }

    /** Whose data an explanation was checked against: the run's own ({@code RUN}) or today's. */
    enum DataBasis {
        RUN,
        TODAY
    }

    /** One of the family's nearest offers and every rule that keeps the family out of it. */
    record OfferReasons(UUID offerId, String title, String place, Integer distanceKm, List<Reason> reasons) {
    }

    /** As {@link ExplanationLine}: {@code text} in English, {@code key} and {@code values} for the browser. */
    record Reason(String rule, String text, String key, Map<String, Object> values) {

        static Reason of(Line line) {
            return new Reason(line.rule(), line.text(), line.key(), line.values());
        }
    }
}
