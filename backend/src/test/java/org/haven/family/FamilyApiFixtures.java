package org.haven.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies shared by the family API tests. */
public final class FamilyApiFixtures {

    private FamilyApiFixtures() {
    }

    public static Map<String, Object> member(String name, Integer age, String sex, String relationship) {
        Map<String, Object> member = new HashMap<>();
        member.put("firstName", name);
        member.put("age", age);
        member.put("sex", sex);
        member.put("relationship", relationship);
        member.put("wheelchairUser", false);
        return member;
    }

    /** A mother, a father and two young children, needing a home from next week near SE15. */
    public static Map<String, Object> family() {
        Map<String, Object> family = new HashMap<>();
        family.put("urgency", "HIGH");
        family.put("members", new ArrayList<>(List.of(member("Nadia", 34, "F", "LEAD"), member("Omid", 36, "M", "PARTNER"),
                member("Sara", 8, "F", "CHILD"), member("Ali", 6, "M", "CHILD"))));
        family.put("languages", List.of("fa", "ps"));
        family.put("needsStepFree", false);
        family.put("needsGroundFloorBedroom", false);
        family.put("hasPets", false);
        family.put("petAllergy", false);
        family.put("smoker", false);
        family.put("needsLgbtqiAffirming", true);
        family.put("preferredPostcode", "SE15 4AA");
        family.put("maxDistanceKm", 50);
        family.put("locationTies", "Cousin lives in Peckham; daughter's hospital appointments");
        family.put("neededFrom", LocalDate.now().plusDays(7).toString());
        family.put("expectedStayMonths", 12);
        family.put("nationality", "Afghan");
        family.put("religion", "Hazara Shia");
        family.put("contactPhone", "+44 7700 900123");
        family.put("contactEmail", "nadia@example.org");
        family.put("notes", "CANARY-NOTE fled after threats");
        return family;
    }
}
