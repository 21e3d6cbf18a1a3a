package org.haven.matching.solver.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;
import org.haven.matching.solver.io.Instance.PairJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The instance and solution files of docs/matching.md, read, defaulted, checked and written. */
class InstanceFilesTest {

    static String example() throws IOException {
        try (InputStream in = InstanceFilesTest.class.getResourceAsStream("/matching/example-instance.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String MINIMAL = """
            {"hosts": [{"id": "h1"}],
             "offers": [{"id": "o1", "hostId": "h1", "type": "SELF_CONTAINED", "lat": 53.8, "lon": -1.5,
                         "bedrooms": 1, "maxGuests": 2}],
             "families": [{"id": "f1", "members": [{"age": 30, "sex": "F", "relationship": "LEAD"}],
                           "neededFrom": "2026-12-01", "expectedStayMonths": 6}]}
            """;

    @Test
    void readsTheExampleOfTheMatchingPageAndWritesItBackUnchanged() throws IOException {
        Instance instance = InstanceFiles.parseInstance(example());

        assertThat(instance.policy().urgencyWeights()).containsEntry(Urgency.HIGH, 2);
        assertThat(instance.hosts().get(0).children().get(0).age()).isEqualTo(8);
        assertThat(instance.offers().get(0).availableFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(instance.families().get(0).members().get(1).relationship()).isEqualTo(Relationship.CHILD);
        assertThat(instance.rejectedPairs()).containsExactly(new PairJson("f1", "o9"));

        Instance again = InstanceFiles.parseInstance(InstanceFiles.toJson(instance));
        assertThat(again).isEqualTo(instance);
        assertThat(InstanceConverter.toSolution(again).getAssignments().toString())
                .isEqualTo(InstanceConverter.toSolution(instance).getAssignments().toString());
    }

    @Test
    void convertsTheExampleToTheSolverModel() throws IOException {
        MatchingSolution solution = InstanceConverter.toSolution(InstanceFiles.parseInstance(example()));

        assertThat(solution.getPolicy()).isEqualTo(Policy.DEFAULTS);
        assertThat(solution.getRejectedPairs()).containsExactly(new RejectedPair("f1", "o9"));
        OfferFact o1 = solution.getOffers().get(0);
        assertThat(o1.host().hasPets()).isTrue();
        assertThat(o1.host().dbsLevel()).isEqualTo(DbsLevel.ENHANCED_WITH_BARRED_LIST);
        assertThat(o1.availableUntil()).isNull();

        Assignment f1 = solution.getAssignments().get(0);
        Assignment f2 = solution.getAssignments().get(1);
        FamilyFact family = f1.getFamily();
        assertThat(family.size()).isEqualTo(2);
        assertThat(family.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(family.maxDistanceKm()).isEqualTo(50);
        // o3 is f2's live placement, so f1 is only offered o1.
        assertThat(f1.isPinned()).isFalse();
        assertThat(f1.getOffer()).isNull();
        assertThat(f1.getCandidates()).extracting(OfferFact::id).containsExactly("o1");
        assertThat(f2.isPinned()).isTrue();
        assertThat(f2.getOffer().id()).isEqualTo("o3");
        assertThat(f2.getCandidates()).extracting(OfferFact::id).containsExactly("o3");
    }

    @Test
    void writesTheSolutionFileOfTheMatchingPage() throws IOException {
        MatchingSolution solution = InstanceConverter.toSolution(InstanceFiles.parseInstance(example()));
        solution.getAssignments().get(0).setOffer(solution.getOffers().get(0));
        solution.setScore(HardMediumSoftScore.of(0, -12, -345));

        JsonNode json = new ObjectMapper().readTree(InstanceFiles.toJson(SolutionFile.of(solution)));

        assertThat(json.get("score").asText()).isEqualTo("0hard/-12medium/-345soft");
        assertThat(json.get("assignments").toString())
                .isEqualTo("[{\"familyId\":\"f1\",\"offerId\":\"o1\"},{\"familyId\":\"f2\",\"offerId\":\"o3\"}]");
    }

    @Test
    void leavesUnassignedFamiliesOutOfTheSolutionFile() {
        MatchingSolution solution = InstanceConverter.toSolution(InstanceFiles.parseInstance(MINIMAL));
        solution.setScore(HardMediumSoftScore.of(0, -1, 0));

        assertThat(SolutionFile.of(solution).assignments()).isEmpty();
    }

    @Test
    void absentOptionalFieldsTakeTheDefaults() {
        MatchingSolution solution = InstanceConverter.toSolution(InstanceFiles.parseInstance(MINIMAL));

        assertThat(solution.getPolicy()).isEqualTo(Policy.DEFAULTS);
        assertThat(solution.getRejectedPairs()).isEmpty();
        OfferFact offer = solution.getOffers().get(0);
        assertThat(offer.type()).isEqualTo(OfferType.SELF_CONTAINED);
        assertThat(offer.stepFree()).isEqualTo(StepFree.UNKNOWN);
        assertThat(offer.petsAllowed() || offer.childrenWelcome() || offer.womenOnly() || offer.smokingAllowed()
                || offer.wheelchairBathroom() || offer.groundFloorBedroom() || offer.lgbtqiAffirming()).isFalse();
        assertThat(offer.availableFrom()).isNull();
        assertThat(offer.availableUntil()).isNull();
        assertThat(offer.host().dbsLevel()).isEqualTo(DbsLevel.NONE);
        assertThat(offer.host().hasPets()).isFalse();
        assertThat(offer.host().languages()).isEmpty();

        Assignment assignment = solution.getAssignments().get(0);
        assertThat(assignment.isPinned()).isFalse();
        FamilyFact family = assignment.getFamily();
        assertThat(family.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(family.needs()).isEqualTo(FamilyFact.Needs.NONE);
        assertThat(family.hasLocation()).isFalse();
        assertThat(family.maxDistanceKm()).isNull();
        assertThat(family.languages()).isEmpty();
        assertThat(family.linkedFamilyIds()).isEmpty();
        assertThat(family.members().get(0).wheelchairUser()).isFalse();
        assertThat(assignment.getCandidates()).extracting(OfferFact::id).containsExactly("o1");
    }

    @Test
    void aPartialPolicyKeepsTheDefaultsItDoesNotName() {
        String json = MINIMAL.replaceFirst("\\{", """
                {"policy": {"minimumStayMonths": 3, "urgencyWeights": {"CRITICAL": 9}, "weights": {"spareBeds": 2}},
                """);

        Policy policy = InstanceConverter.toSolution(InstanceFiles.parseInstance(json)).getPolicy();

        assertThat(policy).isEqualTo(new Policy(14, 3, Map.of(Urgency.CRITICAL, 9, Urgency.HIGH, 2, Urgency.NORMAL, 1),
                1, 2, 30, 5, 1, 5, 50));
    }

    /** What is replaced in the minimal instance, by what, and what the error message says. */
    static Stream<Arguments> badInstances() {
        return Stream.of(
                Arguments.of("\"maxGuests\": 2", "\"maxGuests\": 2, \"colour\": \"red\"", "Unknown field 'colour' at offers[0]"),
                Arguments.of("\"age\": 30, ", "", "families[0].members[0]: missing required field 'age'"),
                Arguments.of("\"neededFrom\": \"2026-12-01\", ", "", "families[0]: missing required field 'neededFrom'"),
                Arguments.of("\"hostId\": \"h1\"", "\"hostId\": \"h7\"", "offers[0].hostId: no host with id 'h7'"),
                Arguments.of("\"SELF_CONTAINED\"", "\"CASTLE\"", "Invalid value 'CASTLE' at offers[0].type"),
                Arguments.of("\"2026-12-01\"", "\"1 December\"", "at families[0].neededFrom"),
                Arguments.of("\"bedrooms\": 1", "\"bedrooms\": -1", "offers[0].bedrooms must not be negative"),
                Arguments.of("\"members\": [{\"age\": 30, \"sex\": \"F\", \"relationship\": \"LEAD\"}]", "\"members\": []", "families[0].members: a family has at least one member"),
                Arguments.of("\"hosts\": [{\"id\": \"h1\"}],", "\"hosts\": [{\"id\": \"h1\"}], \"pinned\": [{\"familyId\": \"f2\", \"offerId\": \"o1\"}],", "pinned[0]: no family with id 'f2'"),
                Arguments.of("\"offers\"", "\"hosts\": [], \"offers\"", "Not valid JSON: Duplicate field 'hosts'"));
    }

    @ParameterizedTest
    @MethodSource("badInstances")
    void aBadInstanceGivesAClearError(String find, String replace, String message) {
        assertThat(MINIMAL).contains(find);
        String json = MINIMAL.replace(find, replace);

        assertThatThrownBy(() -> InstanceConverter.toSolution(InstanceFiles.parseInstance(json)))
                .isInstanceOf(InstanceException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aMissingTopLevelListIsNamed() {
        assertThatThrownBy(() -> InstanceConverter.toSolution(InstanceFiles.parseInstance("{\"hosts\": [], \"offers\": []}")))
                .isInstanceOf(InstanceException.class)
                .hasMessage("missing required field 'families'");
    }
}
