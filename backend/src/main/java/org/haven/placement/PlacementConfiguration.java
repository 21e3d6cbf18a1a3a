package org.haven.placement;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduler that checks hosts' answer deadlines ({@link PlacementDeadlines}). */
@Configuration
@EnableScheduling
class PlacementConfiguration {
}
