package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * docs/matching.md "Explanations" for one family–offer pair, assembled from the rules'
 * own sentences: each hard rule H1–H14 as checked ({@link PairRule}) and each per-pair soft term
 * S1–S5 with its penalty ({@link PairTerm}). H15, H16, S6 and S7 depend on the whole run and are
 * added by the caller from {@link RunRule}, {@link LinkedApart} and {@link KeepProposal}.
 */
public final class PairExplanation {

    /**
     * One rule as checked for the pair; a hard rule's penalty is 0 when it passed. {@code text} is
     * the English sentence; {@code key} and {@code values} the same sentence for the browser to word
     * in the reader's language (see {@link Sentence}).
     */
    public record Line(String rule, long penalty, String text, boolean passed, String key, Map<String, Object> values) {

        static Line hard(String rule, boolean passed, Sentence sentence) {
            return new Line(rule, 0, sentence.text(), passed, sentence.key(), sentence.values());
        }

        static Line soft(String rule, long penalty, Sentence sentence) {
            return new Line(rule, penalty, sentence.text(), true, sentence.key(), sentence.values());
        }
    }

    private PairExplanation() {
    }

    /** H1–H14 in order, each with whether the pair passes it. */
    public static List<Line> hardRules(FamilyFact family, OfferFact offer, Policy policy) {
        return PairRule.checkAll(family, offer, policy);
    }

    /** True when the pair breaks none of H1–H14. */
    public static boolean passesHardRules(FamilyFact family, OfferFact offer, Policy policy) {
        return PairRule.allPass(family, offer, policy);
    }

    /** S1–S5 in order, with the policy's weights applied; {@code preferredPlace} names the family's area. */
    public static List<Line> softTerms(FamilyFact family, OfferFact offer, Policy policy, String preferredPlace) {
        List<Line> lines = new ArrayList<>();
        for (PairTerm term : PairTerm.all()) {
            lines.add(term.line(family, offer, policy, preferredPlace));
        }
        return lines;
    }

    /** English names of ISO 639-1 codes; Persian is named with Dari, as the SPA does. */
    static String languageList(Set<String> codes) {
        List<String> names = codes.stream().map(PairExplanation::languageName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String languageName(String code) {
        if ("fa".equals(code)) {
            return "Persian (Dari)";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
