/**
 * What every module may use: problem types, domain exceptions, paging, the clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.haven.shared;
