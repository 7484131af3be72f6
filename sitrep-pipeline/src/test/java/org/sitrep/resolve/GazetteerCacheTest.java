package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Place;

class GazetteerCacheTest {
    @TempDir
    Path folder;

    @Test
    void theIndexReadBackIsTheIndexWrittenWithItsPlacesShared() {
        Place town = new Place(170063L, "Aleppo", 36.2, 37.16, "SY", "PPLA", 1_602_264);
        Place division = new Place(null, "Ontario", 51.25, -85.32, "CA", "ADM1", 0);
        Place region = new Place(null, "Middle East", 29.0, 41.0, null, "RGN", 0);
        Map<String, List<Place>> byName = new HashMap<>();
        byName.put("aleppo", new ArrayList<>(List.of(town)));
        byName.put("halab", new ArrayList<>(List.of(town)));
        byName.put("ontario", new ArrayList<>(List.of(division, town)));
        byName.put("middle east", new ArrayList<>(List.of(region)));
        Path file = folder.resolve("gazetteer-index-00000001.bin");
        GazetteerCache.write(file, byName);
        Map<String, List<Place>> read = GazetteerCache.read(file).orElseThrow();
        assertEquals(byName, read);
        assertSame(read.get("aleppo").get(0), read.get("halab").get(0), "one place, one object");
    }

    @Test
    void aDamagedOrMissingIndexIsNotReadAndAStaleOneIsRemoved() throws IOException {
        Path stale = folder.resolve("gazetteer-index-00000002.bin");
        Files.writeString(stale, "not an index", StandardCharsets.UTF_8);
        assertTrue(GazetteerCache.read(stale).isEmpty());
        assertTrue(GazetteerCache.read(folder.resolve("gazetteer-index-00000003.bin")).isEmpty());
        Path file = folder.resolve("gazetteer-index-00000004.bin");
        GazetteerCache.write(file, Map.of("x y", List.of(new Place(1L, "X Y", 0, 0, "FR", "PPL", 10))));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertTrue(GazetteerCache.read(file).isEmpty(), "a truncated index");
        assertFalse(Files.exists(stale), "an index for other sources is removed when a new one is written");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void theIndexIsNamedByItsSources() throws IOException {
        Path source = folder.resolve("cities.txt");
        Files.writeString(source, "a", StandardCharsets.UTF_8);
        Path before = GazetteerCache.fileFor(List.of(source));
        Files.writeString(source, "ab", StandardCharsets.UTF_8);
        assertNotEquals(before, GazetteerCache.fileFor(List.of(source)));
    }

    @Test
    void aGazetteerLoadedFromItsIndexAnswersAsOneBuiltFromTheReferenceFiles() throws IOException {
        Countries countries = Countries.load();
        Path index = folder.resolve("gazetteer-index-00000005.bin");
        Gazetteer built = new Gazetteer(countries, index);
        assertTrue(Files.isRegularFile(index));
        Gazetteer cached = new Gazetteer(countries, index);
        List<String> names = new ArrayList<>(List.of("Ontario", "N.J.", "Calif.", "Orange County", "Orleans Parish", "Bou Kamal", "Kent"));
        try (Stream<String> lines = Files.lines(ReferenceData.file("cities500.txt"), StandardCharsets.UTF_8)) {
            lines.filter(l -> Math.floorMod(l.hashCode(), 40) == 0).map(l -> l.split("\t")[1]).forEach(names::add);
        }
        for (String name : names) {
            assertEquals(built.candidates(name), cached.candidates(name), name);
        }
    }
}
