package org.haven.matching;

import jakarta.validation.Valid;

import org.haven.account.AccountPrincipal;
import org.haven.matching.MatchingPolicyDtos.PolicyBody;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The matching policy; the security module's URL rules let only admins reach /api/admin/**. */
@RestController
@RequestMapping("/api/admin/matching-policy")
class MatchingPolicyController {

    private final MatchingPolicyService policies;

    MatchingPolicyController(MatchingPolicyService policies) {
        this.policies = policies;
    }

    @GetMapping
    PolicyBody read() {
        return policies.read();
    }

    @PutMapping
    PolicyBody replace(@Valid @RequestBody PolicyBody body, @AuthenticationPrincipal AccountPrincipal admin) {
        return policies.replace(body, admin.id());
    }
}
