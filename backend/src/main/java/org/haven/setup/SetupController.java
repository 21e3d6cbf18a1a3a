package org.haven.setup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an admin should fix in this installation; the admin home page shows each warning. */
@RestController
class SetupController {

    /** A warning's code; the SPA says what it means and what to do, in the reader's language. */
    static final String PUBLIC_URL_UNSET = "public-url-unset";

    record SetupWarnings(List<String> warnings) {
    }

    private final PublicUrl publicUrl;

    SetupController(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @GetMapping("/api/admin/setup-warnings")
    SetupWarnings warnings() {
        List<String> warnings = new ArrayList<>();
        if (!publicUrl.isConfigured()) {
            warnings.add(PUBLIC_URL_UNSET);
        }
        return new SetupWarnings(List.copyOf(warnings));
    }
}
