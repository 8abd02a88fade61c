package io.linimasa.ingest.normalise;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, EVENT, OTHER
}
