package org.haven.account;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every Spring context of the backend's tests a cheap Argon2 cost (registered in the tests'
 * {@code META-INF/spring.factories}). The tests create and sign in an account or more each, and at
 * the real cost that hashing was a third of the suite's CPU. {@link PasswordHasherTest} checks the
 * real cost; the packaged app's tests and the browser tests run with it, and so does a context with
 * {@value #REAL_COST_PROPERTY}{@code =true} (the sign-in flood, whose bound is the real cost).
 */
public final class TestPasswordHashing implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String REAL_COST_PROPERTY = "haven-tests.real-password-hashing";

    static final PasswordHashingCost CHEAP = new PasswordHashingCost(64, 1);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().getProperty(REAL_COST_PROPERTY, Boolean.class, false)) {
            context.getBeanFactory().registerSingleton("testPasswordHashingCost", CHEAP);
        }
    }
}
