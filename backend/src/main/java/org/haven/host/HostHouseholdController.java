package org.haven.host;

import jakarta.validation.Valid;

import org.haven.account.AccountPrincipal;
import org.haven.host.HostDtos.Household;
import org.haven.host.HostDtos.OwnVetting;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in host's household and vetting status (URL rules: HOST only). */
@RestController
@RequestMapping("/api/host")
class HostHouseholdController {

    private final HouseholdService households;

    HostHouseholdController(HouseholdService households) {
        this.households = households;
    }

    @GetMapping("/household")
    Household household(@AuthenticationPrincipal AccountPrincipal host) {
        return households.household(host.id());
    }

    @PutMapping("/household")
    Household replaceHousehold(@AuthenticationPrincipal AccountPrincipal host, @Valid @RequestBody Household household) {
        return households.replaceHousehold(host.id(), household);
    }

    @GetMapping("/vetting")
    OwnVetting vetting(@AuthenticationPrincipal AccountPrincipal host) {
        return households.ownVetting(host.id());
    }
}
