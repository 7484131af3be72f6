package org.sitrep.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.sitrep.model.Place;

/**
 * The gazetteer's name index as built from the reference files, kept in a binary file beside them:
 * reading it back takes a fraction of parsing cities500, the state and county tables again. The
 * file is named by a fingerprint of its sources (their sizes and modification times) and of the
 * code that builds the index, so a new download or a new Sitrep builds it afresh instead of reading
 * a stale one. It is written to a temporary file and moved into place, so a crash half-way leaves
 * no half-written index; a missing, unreadable or unwritable file only costs the time to rebuild.
 */
final class GazetteerCache {
    private static final int MAGIC = 0x53475a31; // "SGZ1"

    private GazetteerCache() {}

    /** The index file for these sources, in the folder of the first. */
    static Path fileFor(List<Path> sources) {
        CRC32 crc = new CRC32();
        try {
            for (Path source : sources) {
                crc.update((source.getFileName() + ":" + Files.size(source) + ":" + Files.getLastModifiedTime(source).toMillis() + ";").getBytes());
            }
            // The classes and the bundled table that decide what the index holds: changing any of them changes the file's name.
            for (Class<?> builder : List.of(Gazetteer.class, Place.class, PhraseMatcher.class, GazetteerCache.class)) {
                addResource(crc, builder, builder.getSimpleName() + ".class");
            }
            addResource(crc, Gazetteer.class, "division-points.tsv");
        } catch (IOException e) {
            return null;
        }
        return sources.get(0).resolveSibling(String.format("gazetteer-index-%08x.bin", crc.getValue()));
    }

    private static void addResource(CRC32 crc, Class<?> owner, String name) throws IOException {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in != null) {
                crc.update(in.readAllBytes());
            }
        }
    }

    static Optional<Map<String, List<Place>>> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            Map<String, String> codes = new HashMap<>();
            Place[] places = new Place[in.readInt()];
            for (int i = 0; i < places.length; i++) {
                long id = in.readLong();
                String name = in.readUTF();
                double lat = in.readDouble();
                double lon = in.readDouble();
                String country = in.readBoolean() ? codes.computeIfAbsent(in.readUTF(), c -> c) : null;
                String feature = codes.computeIfAbsent(in.readUTF(), c -> c);
                places[i] = new Place(id < 0 ? null : id, name, lat, lon, country, feature, in.readLong());
            }
            int keys = in.readInt();
            Map<String, List<Place>> byName = new HashMap<>(keys * 4 / 3 + 1);
            for (int k = 0; k < keys; k++) {
                String key = in.readUTF();
                int n = in.readInt();
                List<Place> list = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    list.add(places[in.readInt()]);
                }
                byName.put(key, list);
            }
            return Optional.of(byName);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, Map<String, List<Place>> byName) {
        if (file == null) {
            return;
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), "gazetteer-index-", ".tmp");
            Map<Place, Integer> index = new IdentityHashMap<>();
            List<Place> places = new ArrayList<>();
            byName.values().forEach(list -> list.forEach(p -> index.computeIfAbsent(p, q -> {
                places.add(q);
                return places.size() - 1;
            })));
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(places.size());
                for (Place p : places) {
                    out.writeLong(p.geonameid() == null ? -1 : p.geonameid());
                    out.writeUTF(p.name());
                    out.writeDouble(p.lat());
                    out.writeDouble(p.lon());
                    out.writeBoolean(p.countryCode() != null);
                    if (p.countryCode() != null) {
                        out.writeUTF(p.countryCode());
                    }
                    out.writeUTF(p.featureCode());
                    out.writeLong(p.population());
                }
                out.writeInt(byName.size());
                for (Map.Entry<String, List<Place>> e : byName.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().size());
                    for (Place p : e.getValue()) {
                        out.writeInt(index.get(p));
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (var stale = Files.newDirectoryStream(file.getParent(), "gazetteer-index-*.bin")) {
                for (Path old : stale) {
                    if (!old.equals(file)) {
                        Files.deleteIfExists(old);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unwritable folder or full disk: the next load builds the index again.
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}
