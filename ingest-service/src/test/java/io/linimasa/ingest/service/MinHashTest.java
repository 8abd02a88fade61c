package io.linimasa.ingest.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linimasa.normalise.Seeds;
import org.junit.jupiter.api.Test;

class MinHashTest {

    @Test
    void copiesWithSmallEditsAreNearAndOtherStoriesAreNot() {
        String story = Seeds.read("002");
        String edited = story.replace("secara resmi", "pada akhirnya").replace("Dia meminta bantuan Moskwa", "Ia meminta bantuan");
        double near = MinHash.similarity(MinHash.signature(story), MinHash.signature(edited));
        double far = MinHash.similarity(MinHash.signature(story), MinHash.signature(Seeds.read("003")));
        assertTrue(near >= 0.8, "near copy: " + near);
        assertTrue(far < 0.2, "other story: " + far);
    }

    @Test
    void stableAcrossRunsAndNullForShortText() {
        assertArrayEquals(MinHash.signature(Seeds.read("000")), MinHash.signature(Seeds.read("000")));
        assertNull(MinHash.signature("terlalu pendek untuk dibandingkan"));
    }
}
