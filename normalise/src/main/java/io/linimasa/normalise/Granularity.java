package io.linimasa.normalise;

public enum Granularity {
    DAY, WEEK, MONTH, YEAR, DECADE
}
