package io.linimasa.normalise;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, EVENT, OTHER
}
