/**
 * The jar's command-line modes. Exposed as the {@code cli} interface of the matching module so
 * that {@code HavenApplication.main} may hand over to it; the rest of {@code matching.solver} stays internal.
 */
@NamedInterface("cli")
package org.haven.matching.solver.cli;

import org.springframework.modulith.NamedInterface;
