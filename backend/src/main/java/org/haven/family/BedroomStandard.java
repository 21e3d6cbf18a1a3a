package org.haven.family;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.haven.shared.Sex;

/**
 * The English "bedroom standard" as docs/matching.md defines it: one bedroom for the lead and
 * partner together; for each other person aged 21 or over; for each pair of same-sex people aged
 * 10–20; for each pair of children under 10 whatever their sex; and a person aged 10–20 may share
 * with a child under 10 of the same sex. The count is the fewest bedrooms over every pairing these
 * rules allow, not the result of pairing in a fixed order: pairing the under-10s with each other
 * first can leave two teenagers of different sexes alone when each could have shared with a
 * same-sex child (a couple with a girl of 12, a boy of 16, a boy of 9 and a girl of 7 needs 3, not 4).
 * Sex {@code X} (other or not given) counts as its own sex: an X teenager shares only with an X person.
 */
public final class BedroomStandard {

    /** A member as the rule sees them. */
    public record Sleeper(int age, Sex sex, boolean leadOrPartner) {
    }

    static final int ADULT_OWN_ROOM_AGE = 21;
    static final int PAIRING_AGE = 10;

    private BedroomStandard() {
    }

    public static int bedroomsNeeded(List<Sleeper> members) {
        boolean couple = members.stream().filter(Sleeper::leadOrPartner).count() == 2;
        int rooms = couple ? 1 : 0;
        Map<Sex, Integer> teens = new EnumMap<>(Sex.class);
        Map<Sex, Integer> children = new EnumMap<>(Sex.class);
        for (Sleeper member : members) {
            if (couple && member.leadOrPartner()) {
                continue;
            }
            if (member.age() >= ADULT_OWN_ROOM_AGE) {
                rooms++;
            } else if (member.age() >= PAIRING_AGE) {
                teens.merge(member.sex(), 1, Integer::sum);
            } else {
                children.merge(member.sex(), 1, Integer::sum);
            }
        }
        return rooms + fewestForYoung(Sex.values(), 0, teens, children, 0, 0);
    }

    /**
     * The fewest bedrooms for the people under 21, trying for each sex every number of its
     * teenagers who share with a same-sex child (at most 11 choices per sex for a family of 10).
     * Teenagers left of a sex pair with each other; children left pair with each other whatever
     * their sex.
     */
    private static int fewestForYoung(Sex[] sexes, int index, Map<Sex, Integer> teens, Map<Sex, Integer> children,
                                      int mixedPairs, int teenRooms) {
        if (index == sexes.length) {
            int childrenLeft = children.values().stream().mapToInt(Integer::intValue).sum() - mixedPairs;
            return mixedPairs + teenRooms + halfRoundedUp(childrenLeft);
        }
        Sex sex = sexes[index];
        int teensOfSex = teens.getOrDefault(sex, 0);
        int most = Math.min(teensOfSex, children.getOrDefault(sex, 0));
        int best = Integer.MAX_VALUE;
        for (int sharing = 0; sharing <= most; sharing++) {
            best = Math.min(best, fewestForYoung(sexes, index + 1, teens, children, mixedPairs + sharing,
                    teenRooms + halfRoundedUp(teensOfSex - sharing)));
        }
        return best;
    }

    private static int halfRoundedUp(int people) {
        return (people + 1) / 2;
    }
}
