package org.haven.testing;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every API endpoint the application maps, read from its own handler mappings. */
public final class ApiEndpoints {

    private ApiEndpoints() {
    }

    /** {@code "METHOD /api/path/{}/more"}: each path variable written {@code {}}. */
    public static Set<String> of(RequestMappingHandlerMapping handlerMapping) {
        Set<String> endpoints = new TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method ->
                        endpoints.add(method.name() + " " + pattern.replaceAll("\\{[^}]+}", "{}")))));
        return endpoints;
    }
}
