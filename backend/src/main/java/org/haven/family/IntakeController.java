package org.haven.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.haven.family.FamilyDtos.IntakeForm;
import org.haven.family.FamilyDtos.IntakeRequest;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The family's side of an intake link: public, the token is the only key. */
@Validated
@RestController
@RequestMapping("/api/intake/{token}")
class IntakeController {

    /** Tokens are 43 base64url characters; anything else cannot be one. */
    private static final String TOKEN = "[A-Za-z0-9_-]{43}";

    private final IntakeService intake;

    IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @GetMapping
    IntakeForm form(@PathVariable @Pattern(regexp = TOKEN) String token) {
        return intake.form(token);
    }

    @PutMapping
    IntakeForm save(@PathVariable @Pattern(regexp = TOKEN) String token, @Valid @RequestBody IntakeRequest request) {
        return intake.save(token, request);
    }

    @PostMapping("/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submit(@PathVariable @Pattern(regexp = TOKEN) String token) {
        intake.submit(token);
    }
}
