package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
            "L:M40 P:F38 X15 X12            | 2"   // sex X pairs with X
    })
    void countsBedroomsAsTheStandardDoes(String shape, int bedrooms) {
        assertThat(BedroomStandard.bedroomsNeeded(household(shape))).isEqualTo(bedrooms);
    }
}
