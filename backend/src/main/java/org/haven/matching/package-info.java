/**
 * Matching families with offers: runs, proposals, explanations and the matching policy; the solver model is in {@code matching.solver}.
 */
package org.haven.matching;
