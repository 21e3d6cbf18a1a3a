/**
 * Placements: a caseworker's approval of a proposal, the host's answer, the family's confirmation,
 * move-in, check-ins and the end of the stay, with the offer and the case moved along.
 */
package org.haven.placement;
