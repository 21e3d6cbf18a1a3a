package org.haven.host;

public enum OfferType {
    ROOM_IN_HOME,
    SELF_CONTAINED
}
