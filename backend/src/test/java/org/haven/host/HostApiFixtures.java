package org.haven.host;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.testing.ApiClient;
import org.haven.testing.TestAccounts;

/** Bodies and sign-ins shared by the host API tests. */
public final class HostApiFixtures {

    private HostApiFixtures() {
    }

    /** A new host who signed up through the API, signed in. */
    public static ApiClient newHost(int port, String name) {
        ApiClient host = new ApiClient(port);
        String email = TestAccounts.uniqueEmail(name);
        TestAccounts.signUpHost(host, email, TestAccounts.PASSWORD, name);
        host.login(email, TestAccounts.PASSWORD);
        return host;
    }

    public static Map<String, Object> offer(String postcode) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", "Double room in a quiet house");
        offer.put("type", "ROOM_IN_HOME");
        offer.put("address", "14 Canary Lane, London " + postcode);
        offer.put("postcode", postcode);
        offer.put("place", null);
        offer.put("bedrooms", 1);
        offer.put("maxGuests", 2);
        offer.put("stepFree", "SOME");
        offer.put("wheelchairBathroom", false);
        offer.put("groundFloorBedroom", false);
        offer.put("petsAllowed", false);
        offer.put("childrenWelcome", true);
        offer.put("womenOnly", false);
        offer.put("lgbtqiAffirming", true);
        offer.put("smokingAllowed", false);
        offer.put("availableFrom", LocalDate.now().plusDays(7).toString());
        offer.put("availableUntil", null);
        offer.put("minimumStayMonths", 6);
        offer.put("status", "AVAILABLE");
        return offer;
    }

    public static Map<String, Object> household() {
        Map<String, Object> household = new HashMap<>();
        household.put("adults", List.of(Map.of("sex", "F", "age", 45), Map.of("sex", "M", "age", 47)));
        household.put("children", List.of(Map.of("sex", "M", "age", 8)));
        household.put("languages", List.of("en", "fa"));
        household.put("hasPets", true);
        household.put("petKinds", List.of("cat"));
        household.put("smokers", false);
        return household;
    }

    public static Map<String, Object> allChecks(String status) {
        Map<String, Object> vetting = new HashMap<>();
        vetting.put("status", status);
        vetting.put("identityVerified", true);
        vetting.put("homeVisitDate", LocalDate.now().minusDays(3).toString());
        vetting.put("homeVisitBy", "Callum");
        vetting.put("homeVisitOutcome", "PASSED");
        vetting.put("dbsLevel", "ENHANCED_WITH_BARRED_LIST");
        vetting.put("dbsDate", LocalDate.now().minusDays(20).toString());
        vetting.put("referencesReceived", true);
        vetting.put("trainingDone", true);
        vetting.put("note", null);
        return vetting;
    }
}
