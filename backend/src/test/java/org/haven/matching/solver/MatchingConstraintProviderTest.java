package org.haven.matching.solver;

import static org.haven.matching.solver.Fixtures.DAY;
import static org.haven.matching.solver.Fixtures.child;
import static org.haven.matching.solver.Fixtures.family;
import static org.haven.matching.solver.Fixtures.host;
import static org.haven.matching.solver.Fixtures.lead;
import static org.haven.matching.solver.Fixtures.offer;
import static org.haven.matching.solver.Fixtures.partner;
import static org.haven.matching.solver.Fixtures.relative;

import java.util.Map;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.FamilyFact.Member;
import org.haven.matching.solver.HostFact.Person;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One nested class per rule of docs/matching.md, with the boundaries the page draws. */
class MatchingConstraintProviderTest {

    private final ConstraintVerifier<MatchingConstraintProvider, MatchingSolution> verifier =
            ConstraintVerifier.build(new MatchingConstraintProvider(), MatchingSolution.class, Assignment.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static Assignment pair(Fixtures.FamilyBuilder family, Fixtures.OfferBuilder offer) {
        return Assignment.of(family.build(), offer.build());
    }

    private static Member wheelchairUser() {
        return new Member(30, Sex.F, Relationship.LEAD, true);
    }

    @Nested
    class Hard {

        @Test
        void h1CapacityAllowsAFullOfferButNotOneGuestMore() {
            verifier.verifyThat(MatchingConstraintProvider::capacity)
                    .given(Policy.DEFAULTS, pair(family(), offer().maxGuests(2))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::capacity)
                    .given(Policy.DEFAULTS, pair(family(), offer().maxGuests(1))).penalizesBy(1);
        }

        @Test
        void h2BedroomsFollowTheBedroomStandardAtAges9And10() {
            // A couple with two children under 10 need 2 rooms; a boy of 10 no longer shares with his sister.
            verifier.verifyThat(MatchingConstraintProvider::bedrooms)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 34), partner(Sex.M, 36), child(Sex.M, 9), child(Sex.F, 8)),
                            offer().bedrooms(2)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::bedrooms)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 34), partner(Sex.M, 36), child(Sex.M, 10), child(Sex.F, 8)),
                            offer().bedrooms(2)))
                    .penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::bedrooms)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 34), partner(Sex.M, 36), child(Sex.M, 10), child(Sex.F, 8)),
                            offer().bedrooms(3)))
                    .penalizesBy(0);
        }

        @Test
        void h2BedroomsFollowTheBedroomStandardAtAges20And21() {
            // Sisters of 20 and 19 share; at 21 the elder has a room of her own.
            verifier.verifyThat(MatchingConstraintProvider::bedrooms)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 45), relative(Sex.F, 20), relative(Sex.F, 19)),
                            offer().maxGuests(3).bedrooms(2)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::bedrooms)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 45), relative(Sex.F, 21), relative(Sex.F, 19)),
                            offer().maxGuests(3).bedrooms(2)))
                    .penalizesBy(1);
        }

        @Test
        void h3StepFreeForThoseWhoNeedItAndForWheelchairUsers() {
            verifier.verifyThat(MatchingConstraintProvider::stepFree)
                    .given(Policy.DEFAULTS, pair(family().needsStepFree(), offer().stepFree(StepFree.SOME))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::stepFree)
                    .given(Policy.DEFAULTS, pair(family().members(wheelchairUser()), offer().stepFree(StepFree.UNKNOWN))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::stepFree)
                    .given(Policy.DEFAULTS, pair(family().members(wheelchairUser()), offer().stepFree(StepFree.ALL))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::stepFree)
                    .given(Policy.DEFAULTS, pair(family(), offer().stepFree(StepFree.NONE))).penalizesBy(0);
        }

        @Test
        void h4WheelchairBathroomOnlyForWheelchairUsers() {
            verifier.verifyThat(MatchingConstraintProvider::wheelchairBathroom)
                    .given(Policy.DEFAULTS, pair(family().members(wheelchairUser()), offer().wheelchairBathroom(false))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::wheelchairBathroom)
                    .given(Policy.DEFAULTS, pair(family().members(wheelchairUser()), offer().wheelchairBathroom(true))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::wheelchairBathroom)
                    .given(Policy.DEFAULTS, pair(family().needsStepFree(), offer().wheelchairBathroom(false))).penalizesBy(0);
        }

        @Test
        void h5ToH8AndH12SimpleNeeds() {
            verifier.verifyThat(MatchingConstraintProvider::groundFloor)
                    .given(Policy.DEFAULTS, pair(family().needsGroundFloor(), offer().groundFloor(false))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::groundFloor)
                    .given(Policy.DEFAULTS, pair(family(), offer().groundFloor(false))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::pets)
                    .given(Policy.DEFAULTS, pair(family().pets(), offer().pets(false))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::pets)
                    .given(Policy.DEFAULTS, pair(family().pets(), offer().pets(true))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::allergy)
                    .given(Policy.DEFAULTS, pair(family().petAllergy(), offer().host(host().pets().build()))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::allergy)
                    .given(Policy.DEFAULTS, pair(family().petAllergy(), offer().pets(true))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::smoking)
                    .given(Policy.DEFAULTS, pair(family().smoker(), offer().smoking(false))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::smoking)
                    .given(Policy.DEFAULTS, pair(family(), offer().smoking(false))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::lgbtqiAffirming)
                    .given(Policy.DEFAULTS, pair(family().needsLgbtqi(), offer().lgbtqi(false))).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::lgbtqiAffirming)
                    .given(Policy.DEFAULTS, pair(family(), offer().lgbtqi(false))).penalizesBy(0);
        }

        @Test
        void h9ChildrenAreUnder18AndNeedAWelcomeAndABarredListCheck() {
            verifier.verifyThat(MatchingConstraintProvider::children)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 40), relative(Sex.M, 17)), offer().childrenWelcome(false)))
                    .penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::children)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 40), relative(Sex.M, 18)), offer().childrenWelcome(false)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::children)
                    .given(Policy.DEFAULTS, pair(family(), offer().host(host().dbs(DbsLevel.ENHANCED).build())))
                    .penalizesBy(1);
            // Both halves broken is still one broken rule.
            verifier.verifyThat(MatchingConstraintProvider::children)
                    .given(Policy.DEFAULTS, pair(family(), offer().childrenWelcome(false).host(host().dbs(DbsLevel.NONE).build())))
                    .penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::children)
                    .given(Policy.DEFAULTS, pair(family(), offer())).penalizesBy(0);
        }

        @Test
        void h10WomenOnlyOffersTakeNoMaleAged16OrMore() {
            verifier.verifyThat(MatchingConstraintProvider::womenOnlyOffer)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 40), child(Sex.M, 15)), offer().womenOnly(true)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::womenOnlyOffer)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 40), child(Sex.M, 16)), offer().womenOnly(true)))
                    .penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::womenOnlyOffer)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 40), relative(Sex.X, 30)), offer().womenOnly(true)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::womenOnlyOffer)
                    .given(Policy.DEFAULTS, pair(family().members(lead(Sex.F, 40), child(Sex.M, 16)), offer().womenOnly(false)))
                    .penalizesBy(0);
        }

        @Test
        void h11AllFemaleAdultsInARoomInHomeNeedAWomanInTheHousehold() {
            HostFact menOnly = host().adults(new Person(Sex.M, 50)).build();
            verifier.verifyThat(MatchingConstraintProvider::noSingleMaleHousehold)
                    .given(Policy.DEFAULTS, pair(family().adults(Sex.F, Sex.F), offer().host(menOnly).type(OfferType.ROOM_IN_HOME)))
                    .penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::noSingleMaleHousehold)
                    .given(Policy.DEFAULTS, pair(family().adults(Sex.F, Sex.F), offer().host(menOnly).type(OfferType.SELF_CONTAINED)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::noSingleMaleHousehold)
                    .given(Policy.DEFAULTS, pair(family().adults(Sex.F, Sex.M), offer().host(menOnly)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::noSingleMaleHousehold)
                    .given(Policy.DEFAULTS, pair(family().adults(Sex.F), offer().host(host().adults(new Person(Sex.M, 50), new Person(Sex.F, 48)).build())))
                    .penalizesBy(0);
        }

        @Test
        void h13StartMayBeTheLastDayOfTheArrivalWindow() {
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family(), offer().from(DAY.plusDays(14)))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family(), offer().from(DAY.plusDays(15)))).penalizesBy(1);
            // An offer free before the family needs it starts on their day.
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family().neededFrom(DAY.plusDays(40)), offer().from(DAY))).penalizesBy(0);
        }

        @Test
        void h13MonthsAvailableMayEqualTheMinimum() {
            // 180 days are 6 months; 179 days are 5.
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family().stay(12), offer().until(DAY.plusDays(180)))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family().stay(12), offer().until(DAY.plusDays(179)))).penalizesBy(1);
            // A family that needs 3 months asks no more than that.
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family().stay(3), offer().until(DAY.plusDays(90)))).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family().stay(3), offer().until(DAY.plusDays(89)))).penalizesBy(1);
            // Late and short is one broken rule.
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(Policy.DEFAULTS, pair(family(), offer().from(DAY.plusDays(20)).until(DAY.plusDays(30))))
                    .penalizesBy(1);
        }

        @Test
        void h13ReadsThePolicy() {
            Policy wideWindow = new Policy(30, 6, Policy.DEFAULTS.urgencyWeights(), 1, 10, 30, 5, 1, 5, 50);
            verifier.verifyThat(MatchingConstraintProvider::dates)
                    .given(wideWindow, pair(family(), offer().from(DAY.plusDays(30)))).penalizesBy(0);
        }

        @Test
        void h14DistanceMayEqualTheCap() {
            OfferFact offer = offer().at(53.80, -1.75).build();
            FamilyFact probe = family().at(53.80, -1.55).build();
            int km = Pairs.distanceKm(probe, offer);
            verifier.verifyThat(MatchingConstraintProvider::distanceCap)
                    .given(Policy.DEFAULTS, Assignment.of(family().at(53.80, -1.55).maxDistanceKm(km).build(), offer)).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::distanceCap)
                    .given(Policy.DEFAULTS, Assignment.of(family().at(53.80, -1.55).maxDistanceKm(km - 1).build(), offer)).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::distanceCap)
                    .given(Policy.DEFAULTS, Assignment.of(family().maxDistanceKm(0).build(), offer)).penalizesBy(0);
        }

        @Test
        void h15RejectedPairsAreNeverUsed() {
            verifier.verifyThat(MatchingConstraintProvider::rejected)
                    .given(new RejectedPair("f1", "o1"), pair(family(), offer())).penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::rejected)
                    .given(new RejectedPair("f1", "o2"), new RejectedPair("f2", "o1"), pair(family(), offer()))
                    .penalizesBy(0);
        }

        @Test
        void h15ExemptsAPinnedLivePlacementEvenIfThePairWasRejected() {
            verifier.verifyThat(MatchingConstraintProvider::rejected)
                    .given(new RejectedPair("f1", "o1"), Assignment.pinned(family().build(), offer().build()))
                    .penalizesBy(0);
        }

        @Test
        void h16AnOfferHoldsOneFamilyPinnedOnesIncluded() {
            OfferFact room = offer().build();
            verifier.verifyThat(MatchingConstraintProvider::oneEach)
                    .given(Assignment.of(family().id("f1").build(), room), Assignment.of(family().id("f2").build(), room))
                    .penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::oneEach)
                    .given(Assignment.pinned(family().id("f1").build(), room), Assignment.of(family().id("f2").build(), room))
                    .penalizesBy(1);
            verifier.verifyThat(MatchingConstraintProvider::oneEach)
                    .given(Assignment.pinned(family().id("f1").build(), room),
                            Assignment.of(family().id("f2").build(), offer().id("o2").build()),
                            Assignment.unassigned(family().id("f3").build(), java.util.List.of(room)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Medium {

        @Test
        void anUnassignedFamilyCostsItsSizeTimesItsUrgency() {
            FamilyFact critical = family().id("f1").urgency(Urgency.CRITICAL)
                    .members(lead(Sex.F, 30), child(Sex.F, 3), child(Sex.M, 1)).build();
            FamilyFact high = family().id("f2").urgency(Urgency.HIGH).build();
            FamilyFact housed = family().id("f3").urgency(Urgency.CRITICAL).build();
            verifier.verifyThat(MatchingConstraintProvider::unassigned)
                    .given(Policy.DEFAULTS,
                            Assignment.unassigned(critical, java.util.List.of()),
                            Assignment.unassigned(high, java.util.List.of()),
                            Assignment.of(housed, offer().build()))
                    .penalizesBy(3 * 4 + 2 * 2);
        }

        @Test
        void urgencyWeightsComeFromThePolicy() {
            Policy policy = new Policy(14, 6, Map.of(Urgency.CRITICAL, 10, Urgency.HIGH, 2, Urgency.NORMAL, 1),
                    1, 10, 30, 5, 1, 5, 50);
            verifier.verifyThat(MatchingConstraintProvider::unassigned)
                    .given(policy, Assignment.unassigned(family().urgency(Urgency.CRITICAL).build(), java.util.List.of()))
                    .penalizesBy(2 * 10);
        }
    }

    @Nested
    class Soft {

        // One degree of latitude on the 6371 km sphere: 111.19 km, so 111.
        private static final int ONE_DEGREE_KM = 111;

        @Test
        void s1DistanceCountsKmOnlyWhenTheFamilyGaveALocation() {
            verifier.verifyThat(MatchingConstraintProvider::distance)
                    .given(Policy.DEFAULTS, pair(family().at(53.0, -1.55), offer().at(54.0, -1.55)))
                    .penalizesBy(ONE_DEGREE_KM);
            verifier.verifyThat(MatchingConstraintProvider::distance)
                    .given(Policy.DEFAULTS, pair(family(), offer().at(54.0, -1.55))).penalizesBy(0);
            Policy doubled = new Policy(14, 6, Policy.DEFAULTS.urgencyWeights(), 2, 10, 30, 5, 1, 5, 50);
            verifier.verifyThat(MatchingConstraintProvider::distance)
                    .given(doubled, pair(family().at(53.0, -1.55), offer().at(54.0, -1.55)))
                    .penalizesBy(2 * ONE_DEGREE_KM);
        }

        @Test
        void s2SpareBeds() {
            verifier.verifyThat(MatchingConstraintProvider::spareBeds)
                    .given(Policy.DEFAULTS, pair(family(), offer().maxGuests(5))).penalizesBy(3 * 10);
            verifier.verifyThat(MatchingConstraintProvider::spareBeds)
                    .given(Policy.DEFAULTS, pair(family(), offer().maxGuests(2))).penalizesBy(0);
        }

        @Test
        void s3NoSharedLanguage() {
            verifier.verifyThat(MatchingConstraintProvider::noSharedLanguage)
                    .given(Policy.DEFAULTS, pair(family().languages("fa", "ps"), offer().host(host().languages("en").build())))
                    .penalizesBy(30);
            verifier.verifyThat(MatchingConstraintProvider::noSharedLanguage)
                    .given(Policy.DEFAULTS, pair(family().languages("fa", "ps"), offer().host(host().languages("en", "fa").build())))
                    .penalizesBy(0);
        }

        @Test
        void s4ShortStayCountsMissingMonths() {
            // 240 days are 8 months of the 12 expected: 4 short.
            verifier.verifyThat(MatchingConstraintProvider::shortStay)
                    .given(Policy.DEFAULTS, pair(family().stay(12), offer().until(DAY.plusDays(240)))).penalizesBy(4 * 5);
            verifier.verifyThat(MatchingConstraintProvider::shortStay)
                    .given(Policy.DEFAULTS, pair(family().stay(12), offer())).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::shortStay)
                    .given(Policy.DEFAULTS, pair(family().stay(6), offer().until(DAY.plusDays(240)))).penalizesBy(0);
        }

        @Test
        void s5WaitForTheRoomCountsDays() {
            verifier.verifyThat(MatchingConstraintProvider::waitForRoom)
                    .given(Policy.DEFAULTS, pair(family(), offer().from(DAY.plusDays(3)))).penalizesBy(3);
            verifier.verifyThat(MatchingConstraintProvider::waitForRoom)
                    .given(Policy.DEFAULTS, pair(family(), offer().from(DAY.minusDays(10)))).penalizesBy(0);
        }

        @Test
        void s6LinkedFamiliesApartCountOncePerPairPast10Km() {
            OfferFact south = offer().id("o1").at(53.0, -1.55).build();
            OfferFact north = offer().id("o2").at(54.0, -1.55).build();
            FamilyFact a = family().id("a").linked("b").build();
            FamilyFact b = family().id("b").linked("a").build();
            verifier.verifyThat(MatchingConstraintProvider::linkedApart)
                    .given(Policy.DEFAULTS, Assignment.of(a, south), Assignment.of(b, north))
                    .penalizesBy((ONE_DEGREE_KM - 10) * 5);
            // A link listed on one side only is still one linked pair.
            verifier.verifyThat(MatchingConstraintProvider::linkedApart)
                    .given(Policy.DEFAULTS, Assignment.of(a, south), Assignment.of(family().id("b").build(), north))
                    .penalizesBy((ONE_DEGREE_KM - 10) * 5);
            OfferFact near = offer().id("o3").at(53.0 + 10 / 111.19, -1.55).build();
            verifier.verifyThat(MatchingConstraintProvider::linkedApart)
                    .given(Policy.DEFAULTS, Assignment.of(a, south), Assignment.of(b, near)).penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::linkedApart)
                    .given(Policy.DEFAULTS, Assignment.of(a, south), Assignment.unassigned(b, java.util.List.of(north)))
                    .penalizesBy(0);
            verifier.verifyThat(MatchingConstraintProvider::linkedApart)
                    .given(Policy.DEFAULTS, Assignment.of(a, south), Assignment.of(family().id("c").build(), north))
                    .penalizesBy(0);
        }
    }

    @Nested
    class KeepProposals {

        private final OfferFact previous = offer().id("o1").build();
        private final OfferFact other = offer().id("o2").build();
        private final FamilyFact holder = family().id("f1").build().withPreviousOffer("o1");

        @Test
        void s7CostsNothingWhenTheFamilyKeepsItsProposal() {
            verifier.verifyThat(MatchingConstraintProvider::keepProposals)
                    .given(Policy.DEFAULTS, Assignment.of(holder, previous)).penalizesBy(0);
        }

        @Test
        void s7CostsItsWeightWhenTheFamilyGetsAnotherOfferOrNone() {
            verifier.verifyThat(MatchingConstraintProvider::keepProposals)
                    .given(Policy.DEFAULTS, Assignment.of(holder, other)).penalizesBy(50);
            verifier.verifyThat(MatchingConstraintProvider::keepProposals)
                    .given(Policy.DEFAULTS, Assignment.unassigned(holder, java.util.List.of(previous, other)))
                    .penalizesBy(50);
            Policy heavier = new Policy(14, 6, Policy.DEFAULTS.urgencyWeights(), 1, 10, 30, 5, 1, 5, 200);
            verifier.verifyThat(MatchingConstraintProvider::keepProposals)
                    .given(heavier, Assignment.of(holder, other)).penalizesBy(200);
        }

        @Test
        void s7IgnoresFamiliesWithoutAPreviousProposal() {
            verifier.verifyThat(MatchingConstraintProvider::keepProposals)
                    .given(Policy.DEFAULTS, Assignment.of(family().id("f2").build(), other),
                            Assignment.unassigned(family().id("f3").build(), java.util.List.of(previous)))
                    .penalizesBy(0);
        }
    }

    @Test
    void theWholeScoreOfAWorkedExample() {
        // f1 (2 people, fa) in o1 three days late with 3 spare beds and no shared language;
        // f2 (2, HIGH) unassigned; f3 (2) in o1 too, which breaks H16.
        OfferFact o1 = offer().id("o1").maxGuests(5).from(DAY.plusDays(3)).build();
        verifier.verifyThat()
                .given(Policy.DEFAULTS,
                        Assignment.of(family().id("f1").languages("fa").build(), o1),
                        Assignment.unassigned(family().id("f2").urgency(Urgency.HIGH).build(), java.util.List.of(o1)),
                        Assignment.of(family().id("f3").build(), o1))
                .scores(HardMediumSoftScore.of(-1, -4, -(3 + 30 + 30 + 3 + 30)));
    }
}
