package io.linimasa.normalise;

/** One canonical entity of an article and how often the body names it. */
public record EntityMention(String name, EntityType type, int mentions) {
}
