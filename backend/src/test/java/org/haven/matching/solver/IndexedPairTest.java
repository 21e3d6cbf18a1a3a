package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Pricing and the candidate lists read pairs from an {@link OfferIndex}'s arrays
 * ({@link IndexedPair}), everything else from the facts ({@link FactPair}); both feed the same rule
 * definitions, so they must agree on every pair: whether it is allowed, each rule and term, its
 * cost. Checked on the random pairs of {@link RuleAgreementTest}, whose own test holds the facts'
 * answers against an independent reference.
 */
class IndexedPairTest {

    private static final Policy POLICY = Policy.DEFAULTS;

    @Test
    void theIndexAndTheFactsAgreeOnEveryRuleTermAndCostOfRandomPairs() {
        Random random = new Random(17);
        List<OfferFact> offers = RuleAgreementTest.offers(random, RuleAgreementTest.hosts(random, 40), 150);
        List<FamilyFact> families = RuleAgreementTest.families(random, 200, offers);

        int allowed = agreeOnEveryPair(families, offers, Set.of());

        assertThat(allowed).as("the sample has allowed pairs and ruled-out ones").isBetween(1, 200 * 150 - 1);
    }

    @Test
    void theyAgreeWhenTheHostsSpeakMoreLanguagesThanAMaskHoldsAndOnRejectedPairs() {
        Random random = new Random(23);
        List<HostFact> hosts = new ArrayList<>();
        for (HostFact host : RuleAgreementTest.hosts(random, 40)) {
            // 40 hosts with two languages of their own each: 80 languages, beyond a 64-bit mask.
            hosts.add(new HostFact(host.id(), host.adults(), host.children(),
                    Set.of("x" + host.id(), "y" + host.id(), random.nextBoolean() ? "uk" : "en"), host.hasPets(),
                    host.dbsLevel()));
        }
        List<OfferFact> offers = RuleAgreementTest.offers(random, hosts, 120);
        List<FamilyFact> families = RuleAgreementTest.families(random, 100, offers);
        Set<RejectedPair> rejected = IntStream.range(0, 300)
                .mapToObj(i -> new RejectedPair(families.get(random.nextInt(families.size())).id(),
                        offers.get(random.nextInt(offers.size())).id()))
                .collect(Collectors.toSet());

        agreeOnEveryPair(families, offers, rejected);
    }

    /** Checks every pair both ways; returns how many are allowed. */
    private static int agreeOnEveryPair(List<FamilyFact> families, List<OfferFact> offers, Set<RejectedPair> rejected) {
        OfferIndex index = new OfferIndex(offers);
        Set<Boolean> sharedLanguage = new HashSet<>();
        int allowed = 0;
        for (FamilyFact family : families) {
            IndexedPair pair = index.pairsOf(family, rejected);
            for (int i = 0; i < index.size(); i++) {
                OfferFact offer = index.offer(i);
                FactPair facts = new FactPair(family, offer);
                pair.at(i);
                String what = family + " with " + offer;
                boolean needUnmet = false;
                for (PairRule rule : PairRule.values()) {
                    boolean broken = rule.breaks(family, offer, POLICY);
                    if (rule.compareTo(PairRule.H3) >= 0 && rule.compareTo(PairRule.H12) <= 0) {
                        needUnmet |= broken;
                    } else {
                        assertThat(rule.breaks(pair, POLICY)).as("%s for %s", rule, what).isEqualTo(broken);
                    }
                }
                assertThat(pair.lacksANeed()).as("H3-H12 for %s", what).isEqualTo(needUnmet);
                for (PairTerm term : PairTerm.values()) {
                    assertThat(term.penalty(pair, POLICY)).as("%s for %s", term, what)
                            .isEqualTo(term.penalty(family, offer, POLICY));
                }
                assertThat(pair.sharesLanguage()).as("shared language of %s", what).isEqualTo(facts.sharesLanguage());
                sharedLanguage.add(pair.sharesLanguage());
                boolean allowedByFacts = Candidates.allowed(family, offer, rejected, POLICY);
                assertThat(Candidates.allowed(pair, POLICY)).as("allowed: %s", what).isEqualTo(allowedByFacts);
                assertThat(Candidates.cost(pair, POLICY)).as("cost of %s", what)
                        .isEqualTo(Candidates.cost(family, offer, POLICY));
                if (allowedByFacts) {
                    allowed++;
                }
            }
        }
        assertThat(sharedLanguage).as("pairs that share a language and pairs that do not").hasSize(2);
        return allowed;
    }
}
