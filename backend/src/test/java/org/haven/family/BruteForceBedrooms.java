package org.haven.family;

import java.util.ArrayList;
import java.util.List;

import org.haven.family.BedroomStandard.Sleeper;

/**
 * The bedroom standard by exhaustive search, written from docs/matching.md's sentences alone:
 * every way to split the household into people alone and pairs the rules allow, the fewest rooms.
 * Exponential, so for tests only (households of up to about 12).
 */
public final class BruteForceBedrooms {

    private BruteForceBedrooms() {
    }

    public static int fewest(List<Sleeper> household) {
        List<Sleeper> couple = household.stream().filter(Sleeper::leadOrPartner).toList();
        List<Sleeper> others = new ArrayList<>(household);
        int rooms = 0;
        if (couple.size() == 2) {
            others.removeAll(couple);
            rooms = 1; // "the lead and partner (when both are present)"
        }
        return rooms + fewestOf(others);
    }

    private static int fewestOf(List<Sleeper> people) {
        if (people.isEmpty()) {
            return 0;
        }
        Sleeper first = people.get(0);
        List<Sleeper> rest = people.subList(1, people.size());
        int best = 1 + fewestOf(rest); // alone
        for (int i = 0; i < rest.size(); i++) {
            if (mayShare(first, rest.get(i))) {
                List<Sleeper> left = new ArrayList<>(rest);
                left.remove(i);
                best = Math.min(best, 1 + fewestOf(left));
            }
        }
        return best;
    }

    /** The pairs the page allows outside the couple; anyone aged 21 or over sleeps alone. */
    private static boolean mayShare(Sleeper a, Sleeper b) {
        boolean aChild = a.age() < 10;
        boolean bChild = b.age() < 10;
        boolean aYoung = a.age() >= 10 && a.age() <= 20;
        boolean bYoung = b.age() >= 10 && b.age() <= 20;
        boolean sameSex = a.sex() == b.sex();
        return aChild && bChild                      // two children under 10, whatever their sex
                || aYoung && bYoung && sameSex       // two same-sex people aged 10–20
                || (aYoung && bChild || aChild && bYoung) && sameSex; // 10–20 with a same-sex child under 10
    }
}
