/**
 * Matching families with offers: the solver model in {@code matching.solver} (internal); runs and proposals come later.
 */
package org.haven.matching;
