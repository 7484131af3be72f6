package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the reference data folder (GeoNames cities500, countries, divisions) and reads the
 * tab-separated tables bundled with Sitrep. The folder is the system property
 * {@code sitrep.reference}, else the environment variable {@code SITREP_REFERENCE}, else
 * {@code ~/.cache/sitrep/reference}, where {@code scripts/install-reference-data} puts it.
 */
public final class ReferenceData {
    private ReferenceData() {}

    public static Path folder() {
        String configured = System.getProperty("sitrep.reference", System.getenv("SITREP_REFERENCE"));
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "sitrep", "reference");
    }

    /** A file of the reference folder; a missing one is a set-up error with the fix in its message. */
    public static Path file(String name) {
        Path file = folder().resolve(name);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("reference data " + file + " is missing: run scripts/install-reference-data "
                    + folder() + " (needs npm), or set SITREP_REFERENCE to a folder that has it");
        }
        return file;
    }

    /** Rows of a bundled table: tab-separated fields, '#' comments and blank lines skipped. */
    public static List<String[]> table(String resource) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled table " + resource + " is missing from the jar");
            }
            return rows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a user's table in the same format. */
    public static List<String[]> table(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return rows(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(BufferedReader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    static String field(String[] row, int i) {
        return i < row.length && !row[i].isBlank() && !row[i].equals("-") ? row[i].strip() : null;
    }
}
