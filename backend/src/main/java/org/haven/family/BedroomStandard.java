package org.haven.family;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.haven.shared.Sex;

/**
 * The English "bedroom standard" as matching.md defines it: one bedroom for the lead and partner
 * together; for each other person aged 21 or over; for each pair of same-sex people aged 10–20;
 * for each pair of children under 10. An unpaired person aged 10–20 shares with a same-sex child
 * under 10 when one is left over, else has a bedroom; a child under 10 left over has a bedroom.
 */
public final class BedroomStandard {

    /** A member as the rule sees them. */
    public record Sleeper(int age, Sex sex, boolean leadOrPartner) {
    }

    private static final int ADULT_OWN_ROOM_AGE = 21;
    private static final int PAIRING_AGE = 10;

    private BedroomStandard() {
    }

    public static int bedroomsNeeded(List<Sleeper> members) {
        long couple = members.stream().filter(Sleeper::leadOrPartner).count();
        int rooms = 0;
        List<Sleeper> others = new ArrayList<>();
        if (couple == 2) {
            rooms++; // the lead and the partner share
            members.stream().filter(member -> !member.leadOrPartner()).forEach(others::add);
        } else {
            others.addAll(members);
        }

        Map<Sex, Integer> teensBySex = new EnumMap<>(Sex.class);
        Map<Sex, Integer> childrenBySex = new EnumMap<>(Sex.class);
        int children = 0;
        for (Sleeper member : others) {
            if (member.age() >= ADULT_OWN_ROOM_AGE) {
                rooms++;
            } else if (member.age() >= PAIRING_AGE) {
                teensBySex.merge(member.sex(), 1, Integer::sum);
            } else {
                childrenBySex.merge(member.sex(), 1, Integer::sum);
                children++;
            }
        }

        List<Sex> unpairedTeens = new ArrayList<>();
        for (Map.Entry<Sex, Integer> teens : teensBySex.entrySet()) {
            rooms += teens.getValue() / 2;
            if (teens.getValue() % 2 == 1) {
                unpairedTeens.add(teens.getKey());
            }
        }

        rooms += children / 2;
        boolean childLeftOver = children % 2 == 1;
        for (Sex teen : unpairedTeens) {
            // Any child may be the one left over from the pairing, so pick one of the teen's sex.
            if (childLeftOver && childrenBySex.getOrDefault(teen, 0) > 0) {
                childLeftOver = false;
            }
            rooms++;
        }
        if (childLeftOver) {
            rooms++;
        }
        return rooms;
    }
}
