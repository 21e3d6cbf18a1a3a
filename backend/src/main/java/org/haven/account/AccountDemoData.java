package org.haven.account;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for the {@code demo} profile ({@code --demo}): one per role, a few named hosts and
 * {@value DemoHosts#GENERATED} generated ones.
 * Passwords are random and printed once at the first start, unless {@code HAVEN_DEMO_PASSWORD}
 * sets one for all (as the browser tests do).
 */
@Component
@Profile("demo")
@Order(10)
class AccountDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

    record DemoAccount(String email, String displayName, Role role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@haven.example", "Amira Admin", Role.ADMIN),
            new DemoAccount("caseworker@haven.example", "Callum Caseworker", Role.CASEWORKER),
            new DemoAccount("host@haven.example", "Helen Host", Role.HOST),
            new DemoAccount("host.leeds@haven.example", "Priya Shah", Role.HOST),
            new DemoAccount("host.glasgow@haven.example", "Iain MacLeod", Role.HOST),
            new DemoAccount("host.bristol@haven.example", "Tom & Ruth Evans", Role.HOST),
            new DemoAccount("host.cardiff@haven.example", "Gareth Jones", Role.HOST));

    private static final List<String> FIRST_NAMES = List.of("Alice", "Ben", "Chloe", "David", "Emma", "Fiona",
            "George", "Hannah", "Imran", "Jo", "Kate", "Liam", "Maya", "Niall", "Olivia", "Peter", "Rosa", "Sam",
            "Tara", "Will", "Yusuf", "Zoe");
    private static final List<String> SURNAMES = List.of("Adams", "Brown", "Clarke", "Davies", "Evans", "Fraser",
            "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Murray", "Owen", "Patel", "Reid", "Smith", "Walker");

    private static final String CROWD_EMAILS = "host.demo01…%02d@haven.example".formatted(DemoHosts.GENERATED);

    private final AccountService accounts;
    private final String sharedPassword;

    AccountDemoData(AccountService accounts, @Value("${haven.demo.password:}") String sharedPassword) {
        this.accounts = accounts;
        this.sharedPassword = sharedPassword;
    }

    private static String generatedHostName(int n) {
        return FIRST_NAMES.get(n % FIRST_NAMES.size()) + " " + SURNAMES.get((n * 7) % SURNAMES.size());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            log.info("Demo accounts were created at an earlier start; their passwords were printed then.");
            return;
        }
        StringBuilder banner = new StringBuilder("\n================ Haven demo accounts ================\n");
        List<DemoAccount> crowd = new ArrayList<>();
        for (int i = 1; i <= DemoHosts.GENERATED; i++) {
            crowd.add(new DemoAccount(DemoHosts.email(i), generatedHostName(i), Role.HOST));
        }
        if (sharedPassword.isBlank()) {
            for (DemoAccount demo : ACCOUNTS) {
                String password = FirstAdminBootstrap.randomPassword();
                accounts.createInitial(demo.email(), demo.displayName(), password, demo.role(), false);
                banner.append(String.format(" %-11s %-28s %s%n", demo.role(), demo.email(), password));
            }
            String crowdPassword = FirstAdminBootstrap.randomPassword();
            accounts.createInitialSharingOnePassword(crowd, crowdPassword);
            banner.append(String.format(" %-11s %-28s %s%n", "HOST", CROWD_EMAILS, crowdPassword + " (all of them)"));
        } else {
            // One password for every account: hashed once (each hash is tens of milliseconds of a
            // first start, and the packaged app's tests start Haven on new data many times).
            List<DemoAccount> everyone = new ArrayList<>(ACCOUNTS);
            everyone.addAll(crowd);
            accounts.createInitialSharingOnePassword(everyone, sharedPassword);
            ACCOUNTS.forEach(demo -> banner.append(
                    String.format(" %-11s %-28s %s%n", demo.role(), demo.email(), "(HAVEN_DEMO_PASSWORD)")));
            banner.append(String.format(" %-11s %-28s %s%n", "HOST", CROWD_EMAILS, "(HAVEN_DEMO_PASSWORD)"));
        }
        banner.append(" These passwords are shown only now.\n=====================================================");
        log.warn(banner.toString());
    }
}
