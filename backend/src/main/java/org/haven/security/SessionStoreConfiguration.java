package org.haven.security;

import java.util.Map;

import org.haven.account.AccountPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Sessions live in the database (Spring Session JDBC, tables {@code spring_session*}), so every
 * instance of Haven sees the same sessions. An account's sessions are indexed by its id, not its
 * email, and the session registry (the cap of sessions per account, {@link SessionTermination})
 * finds them by that id on every instance.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreConfiguration.class);

    /** The account id of a principal, as the sessions' principal index holds it. */
    static String principalName(Object principal) {
        return principal instanceof AccountPrincipal account ? account.id().toString() : null;
    }

    /** Indexes a session by the id of the account signed in to it (nothing for a session without one). */
    @Bean
    IndexResolver<Session> accountIdIndexResolver() {
        return session -> {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication authentication = context instanceof SecurityContext security ? security.getAuthentication() : null;
            String accountId = authentication == null ? null : principalName(authentication.getPrincipal());
            return accountId == null ? Map.of()
                    : Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, accountId);
        };
    }

    @Bean
    <S extends Session> SpringSessionBackedSessionRegistry<S> sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions) {
            @Override
            protected String name(Object principal) {
                String accountId = principalName(principal);
                return accountId != null ? accountId : super.name(principal);
            }
        };
    }

    /**
     * Session attributes are stored Java-serialized. An attribute written by another release that
     * this one cannot read (a class that changed) is read as absent: that browser is signed out and
     * signs in again, rather than every request of it failing with 500.
     */
    @Bean
    ConversionService springSessionConversionService() {
        ClassLoader classLoader = SessionStoreConfiguration.class.getClassLoader();
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (RuntimeException unreadable) {
                log.warn("A session attribute could not be read and is ignored: {}", unreadable.toString());
                return null;
            }
        });
        return conversions;
    }
}
