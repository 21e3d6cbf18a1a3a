package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.haven.matching.solver.PairExplanation.Line;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;

/**
 * The sentences a caseworker reads. That each line passes exactly when the solver's rule does is
 * proved against the independent reference in {@link RuleAgreementTest}.
 */
class PairExplanationTest {

    @Test
    void namesEachBrokenRuleInWordsACaseworkerUnderstands() {
        FamilyFact family = Fixtures.family().members(Fixtures.lead(Sex.M, 40), Fixtures.partner(Sex.F, 38),
                Fixtures.child(Sex.M, 12)).build();
        OfferFact offer = Fixtures.offer().maxGuests(2).bedrooms(1).womenOnly(true).build();

        List<Line> lines = PairExplanation.hardRules(family, offer, Policy.DEFAULTS);

        assertThat(lines).extracting(Line::rule).containsExactly("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8",
                "H9", "H10", "H11", "H12", "H13", "H14");
        assertThat(lines).filteredOn(line -> !line.passed()).extracting(Line::text).containsExactly(
                "3 people, room for only 2",
                "Needs 2 bedrooms, the offer has 1",
                "Women-only offer; the family includes a male aged 16 or over");
    }

    @Test
    void explainsTheSoftTermsWithTheirWeightedPenalties() {
        FamilyFact family = Fixtures.family().languages("fa", "en").build();
        OfferFact offer = Fixtures.offer().maxGuests(4).build();

        List<Line> lines = PairExplanation.softTerms(family, offer, Policy.DEFAULTS, "Leeds");

        assertThat(lines).extracting(Line::rule).containsExactly("S1", "S2", "S3", "S4", "S5");
        assertThat(lines.get(1).text()).isEqualTo("2 spare beds");
        assertThat(lines.get(1).penalty()).isEqualTo(20);
        assertThat(lines.get(2).text()).isEqualTo("Shares English with the host");
        assertThat(lines.get(2).penalty()).isZero();
    }

    @Test
    void explainsBedroomsByTheFewestPairingAndTheRunWideRules() {
        FamilyFact family = Fixtures.family().members(Fixtures.lead(Sex.F, 34), Fixtures.partner(Sex.M, 36),
                Fixtures.child(Sex.F, 12), Fixtures.child(Sex.M, 16), Fixtures.child(Sex.M, 9), Fixtures.child(Sex.F, 7))
                .build().withPreviousOffer("o1");
        OfferFact three = Fixtures.offer().id("o2").bedrooms(3).maxGuests(6).build();

        assertThat(PairRule.H2.check(family, three, Policy.DEFAULTS)).isEqualTo(new Line("H2", 0,
                "Needs 3 bedrooms, the offer has 3", true, "H2.bedrooms", Map.of("count", 3, "bedrooms", 3)));
        assertThat(KeepProposal.line(family, three, Policy.DEFAULTS)).isEqualTo(new Line("S7", 50,
                "Moved from the offer proposed in the previous run", true, "S7.moved", Map.of()));
        assertThat(RunRule.H15.line(true)).isEqualTo(new Line("H15", 0,
                "A caseworker or the host turned this pair down before", false, "H15.rejected", Map.of()));
        assertThat(RunRule.H16.line(false)).isEqualTo(new Line("H16", 0, "No other family holds this offer", true,
                "H16.free", Map.of()));
    }

    @Test
    void sendsEachSentenceAsAKeyWithTheValuesABrowserNeedsToWordIt() {
        FamilyFact family = Fixtures.family().languages("fa", "en").build();
        OfferFact offer = Fixtures.offer().maxGuests(4).build();

        List<Line> lines = PairExplanation.softTerms(family, offer, Policy.DEFAULTS, "Leeds");

        assertThat(lines.get(1)).extracting(Line::key, Line::values)
                .containsExactly("S2.spare", Map.of("count", 2));
        assertThat(lines.get(2)).extracting(Line::key, Line::values)
                .containsExactly("S3.shared", Map.of("languages", List.of("en")));
        Line capacity = PairRule.H1.check(family, offer, Policy.DEFAULTS);
        assertThat(capacity.key()).isEqualTo("H1.fits");
        assertThat(capacity.values()).containsEntry("maxGuests", 4).containsKey("count");
        Line dates = PairRule.H13.check(family, offer, Policy.DEFAULTS);
        assertThat(dates.key()).matches("H13\\.(onTime|late)(Open|Enough|Short)");
        assertThat(dates.values()).containsKeys("start", "neededFrom", "windowDays", "monthsNeeded");
        assertThat(dates.values().get("start")).asString().matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
