package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The cost Haven hashes at, and that hashes of another cost keep working (Argon2 stores its cost in the hash). */
class PasswordHasherTest {

    private static final PasswordHashingProperties LIMITS = new PasswordHashingProperties(2, 10, Duration.ofSeconds(5));

    @Test
    void havenHashesAtOwaspsMinimumWhenNothingProvidesACost() {
        PasswordHasher hasher = new PasswordHasher(LIMITS, providing(null));

        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.matches("correct horse battery staple", PasswordHasher.NO_PASSWORD)).isFalse();
    }

    @Test
    void aHashOfAnotherCostIsCheckedAtItsOwnCost() {
        PasswordHasher cheap = new PasswordHasher(LIMITS, providing(TestPasswordHashing.CHEAP));
        PasswordHasher real = new PasswordHasher(LIMITS, providing(null));

        String cheapHash = cheap.hash("correct horse battery staple");

        assertThat(cheapHash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(real.matches("correct horse battery staple", cheapHash)).isTrue();
        assertThat(real.matches("Correct horse battery staple", cheapHash)).isFalse();
        assertThat(cheap.matches("correct horse battery staple", real.hash("correct horse battery staple"))).isTrue();
    }

    /**
     * The decoy an unknown email is checked against must be read as a hash of the same cost, or
     * Spring's encoder would refuse it at once (a malformed hash matches nothing without work) and an
     * unknown email would answer faster than a wrong password.
     */
    @Test
    void theDecoyHasTheShapeAndCostOfARealHash() {
        PasswordHasher hasher = new PasswordHasher(LIMITS, providing(null));
        String real = hasher.hash("correct horse battery staple");
        String decoy = PasswordHasher.decoyHash(PasswordHashingCost.OWASP_MINIMUM);

        String[] realParts = real.split("\\$");
        String[] decoyParts = decoy.split("\\$");
        assertThat(decoyParts).hasSameSizeAs(realParts);
        for (int i = 0; i < realParts.length - 2; i++) {
            assertThat(decoyParts[i]).isEqualTo(realParts[i]);
        }
        for (int i = realParts.length - 2; i < realParts.length; i++) {
            assertThat(Base64.getDecoder().decode(decoyParts[i])).hasSameSizeAs(Base64.getDecoder().decode(realParts[i]));
        }
        assertThat(PasswordHasher.decoyHash(PasswordHashingCost.OWASP_MINIMUM)).as("a new salt each time").isNotEqualTo(decoy);
        assertThat(hasher.matchesNothing("correct horse battery staple")).isFalse();
    }

    private static ObjectProvider<PasswordHashingCost> providing(PasswordHashingCost cost) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (cost != null) {
            beans.registerSingleton("cost", cost);
        }
        return beans.getBeanProvider(PasswordHashingCost.class);
    }
}
