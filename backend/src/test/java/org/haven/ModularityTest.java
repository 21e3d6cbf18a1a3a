package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages are Modulith modules: no cycles, no use of another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(HavenApplication.class);

    @Test
    void everyFeaturePackageIsAModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "web", "security", "account", "audit", "geo");
    }

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
