/**
 * Figures for admins: hosts, offers and beds, families waiting, time to match, placements by
 * outcome; as JSON and as CSV. Counts only, never a person's data.
 */
package org.haven.statistics;
