package org.haven.web;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the SPA from the frontend jar ({@code META-INF/resources}). A path that names no file
 * and is not an API path gets {@code index.html}, so a deep link such as
 * {@code /caseworker/families} opens the app on that page.
 */
@Configuration(proxyBeanMethods = false)
class SpaResourceConfiguration implements WebMvcConfigurer {

    private static final String LOCATION = "classpath:/META-INF/resources/";
    private static final Resource INDEX = new ClassPathResource("META-INF/resources/index.html");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Vite puts a content hash in every asset name, so an asset never changes and may be cached long.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new SpaFallbackResolver());
    }

    /** Falls back to index.html for app routes; never for API paths or names with a file extension. */
    static final class SpaFallbackResolver extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource requested = location.createRelative(resourcePath);
            if (requested.exists() && requested.isReadable() && !resourcePath.isEmpty()) {
                return requested;
            }
            return isAppRoute(resourcePath) && INDEX.exists() ? INDEX : null;
        }

        static boolean isAppRoute(String path) {
            String lastSegment = path.substring(path.lastIndexOf('/') + 1);
            return !path.startsWith("api/") && !path.equals("api") && !path.startsWith("actuator")
                    && !path.startsWith("v3/") && !lastSegment.contains(".");
        }
    }
}
