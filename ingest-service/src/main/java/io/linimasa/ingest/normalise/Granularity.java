package io.linimasa.ingest.normalise;

public enum Granularity {
    DAY, WEEK, MONTH, YEAR, DECADE
}
