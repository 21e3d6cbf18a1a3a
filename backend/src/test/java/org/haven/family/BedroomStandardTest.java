package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.haven.family.BedroomStandard.Sleeper;
import org.haven.shared.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Household shapes written as members separated by spaces: {@code L} the lead, {@code P} the
 * partner, then sex and age for everyone else, e.g. {@code "L:F34 P:M36 F8 M6"}.
 */
class BedroomStandardTest {

    private static List<Sleeper> household(String shape) {
        List<Sleeper> members = new ArrayList<>();
        for (String token : shape.trim().split("\\s+")) {
            boolean couple = token.startsWith("L:") || token.startsWith("P:");
            String person = couple ? token.substring(2) : token;
            members.add(new Sleeper(Integer.parseInt(person.substring(1)), Sex.valueOf(person.substring(0, 1)), couple));
        }
        return members;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "L:F30                          | 1",  // a single adult
            "L:F34 P:M36                    | 1",  // a couple shares
            "L:F34 P:M36 F8 M6              | 2",  // two children under 10 share whatever their sex
            "L:F34 P:M36 F8 M6 F3           | 3",  // a third small child has a room
            "L:F34 P:M36 M14 F12            | 3",  // teens of different sexes do not share
            "L:F34 P:M36 M14 M12            | 2",  // teens of the same sex share
            "L:F34 P:M36 M14 M6             | 2",  // an unpaired teen shares with a same-sex small child
            "L:F34 P:M36 M14 F6             | 3",  // ... but not with a small child of the other sex
            "L:F34 P:M36 M14 F6 F4 M2       | 3",  // small children pair, the left-over boy shares with the teen
            "L:M45 P:F40 M22 F19 F17 M15 M11 F9 M7 F5 M3 F1 | 7", // an Afghan family of 12
            "L:F60 F35 M33                  | 3",  // a widow and two adult children: everyone 21+ has a room
            "L:F19 F17                      | 1",  // a lead of 19 without partner pairs with her sister
            "L:F25 M14 F14 M9               | 3",  // the boy teen shares with the small boy
            "L:M40 P:F38 X15 X12            | 2",  // sex X pairs with X
            // The fewest over every allowed pairing, not the under-10s paired first:
            "L:F34 P:M36 F12 M16 M9 F7      | 3",  // girl 12 with girl 7, boy 16 with boy 9 (not 4)
            "L:M36 P:F34 M16 F12 M9 F7      | 3",  // the same family, listed in another order
            "L:F34 P:M36 F12 M16 M9 F7 F5   | 4",  // odd: a third small child has a room of her own
            "L:F34 P:M36 F12 M16 M9 F7 F5 M3 | 4", // even again: the two left-over small children share
            "L:F34 P:M36 F12 M9 F7          | 3",  // one girl teen: she shares with the girl, the boy alone
            "L:F34 P:M36 M16 M9 F7          | 3",  // one boy teen: he shares with the boy, the girl alone
            "L:F34 P:M36 F13 F11 M9 F7      | 3",  // two girl teens share; the small ones share
            "L:F34 P:M36 F13 F11 F15 M9 F7  | 4",  // three girl teens: the odd one shares with the girl of 7
            "L:F40 F20 F18 M19 M8           | 3",  // 18–20s pair like teens: F20+F18, M19+M8
            "L:F40 M20 F9 F7                | 3",  // a man of 20 shares with no girl: he, the girls, the lead
            "L:M45 P:F40 X14 F9 M7          | 3",  // an X teen does not share with F or M children
            "L:M45 P:F40 X14 X8 F9 M7       | 3",  // ... but does with an X child: X14+X8, F9+M7
            "L:F30 F12 M11                  | 3",  // no partner: the lead has her own room
            "L:F19 M12 F9                   | 2",  // a lead aged 19 shares with a same-sex child
            "L:F34 P:M36 M12 F12 M9 M8 F7 F6 | 4"  // each teen with a same-sex child, the rest pair
    })
    void countsBedroomsAsTheStandardDoes(String shape, int bedrooms) {
        assertThat(BedroomStandard.bedroomsNeeded(household(shape))).isEqualTo(bedrooms);
    }

    /**
     * The count is the fewest bedrooms over every pairing the rules allow: checked against a
     * search that tries every way to split the household into single rooms and allowed pairs.
     */
    @Property(tries = 2000)
    void isTheFewestOverEveryAllowedPairing(@ForAll("households") List<Sleeper> household) {
        assertThat(BedroomStandard.bedroomsNeeded(household)).isEqualTo(BruteForceBedrooms.fewest(household));
    }

    @Provide
    Arbitrary<List<Sleeper>> households() {
        // Ages weighted towards the boundaries the rules name (under 10, 10–20, 21+).
        Arbitrary<Integer> age = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 9)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(10, 20)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(21, 80)));
        Arbitrary<Sex> sex = Arbitraries.of(Sex.F, Sex.F, Sex.M, Sex.M, Sex.X);
        Arbitrary<Sleeper> other = Combinators.combine(age, sex).as((a, s) -> new Sleeper(a, s, false));
        Arbitrary<Sleeper> adult = Combinators.combine(Arbitraries.integers().between(16, 70), sex)
                .as((a, s) -> new Sleeper(a, s, true));
        return Combinators.combine(adult, adult.injectNull(0.5), other.list().ofMaxSize(8))
                .as((lead, partner, rest) -> {
                    List<Sleeper> members = new ArrayList<>();
                    members.add(lead);
                    if (partner != null) {
                        members.add(partner);
                    }
                    members.addAll(rest);
                    return members;
                });
    }
}
