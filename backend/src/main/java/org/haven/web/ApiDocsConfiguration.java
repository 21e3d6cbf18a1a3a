package org.haven.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} is public on purpose (docs/api.md): it describes
 * the endpoints and holds no data. SpringDoc warns at every start that it is "enabled by default"
 * unless a bean of this name replaces its own; this one says the same in Haven's terms, at INFO,
 * with the setting that turns it off.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiDocsConfiguration.class);

    @Bean(name = "springDocAppInitializer")
    ApplicationListener<ApplicationReadyEvent> springDocAppInitializer(
            @Value("${springdoc.api-docs.enabled:true}") boolean enabled,
            @Value("${springdoc.api-docs.path:/v3/api-docs}") String path) {
        return ready -> {
            if (enabled) {
                log.info("The API description is served at {} (public: endpoints only, no data); "
                        + "set SPRINGDOC_API_DOCS_ENABLED=false to turn it off", path);
            }
        };
    }
}
