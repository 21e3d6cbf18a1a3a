package org.haven.audit;

import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description lists every audit action as the enum of {@code AuditEventResponse.action}
 * (and of the action list's items), so clients, and the SPA's label test, know them all.
 */
@Configuration(proxyBeanMethods = false)
class AuditApiDocs {

    @Bean
    OpenApiCustomizer auditActionsEnum(AuditActionCatalog catalog) {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Schema<?> response = openApi.getComponents().getSchemas().get(AuditEventResponse.class.getSimpleName());
            if (response != null && response.getProperties() != null) {
                StringSchema action = new StringSchema();
                action.setEnum(List.copyOf(catalog.all()));
                action.setDescription("What was done: one of the server's audit actions (docs/api.md).");
                response.getProperties().put("action", action);
            }
        };
    }
}
