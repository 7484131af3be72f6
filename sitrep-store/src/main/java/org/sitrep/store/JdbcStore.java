package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.sitrep.model.AnalysisRecipe;
import org.sitrep.model.Document;
import org.sitrep.model.LinkProfile;
import org.sitrep.model.LinkedEvent;
import org.sitrep.model.Story;

/**
 * The store over JDBC. {@link #open(String)} takes a JDBC URL (PostgreSQL, or SQLite) or a plain
 * file path, which means an embedded SQLite database in that file. Flyway brings the schema up to
 * date on open.
 */
public final class JdbcStore implements Store {
    private final Connection connection;
    private final DocumentCodec codec = new DocumentCodec();
    private final ProfileCodec profiles = new ProfileCodec();
    private final ObjectMapper json = Json.mapper();

    private JdbcStore(Connection connection) {
        this.connection = connection;
    }

    public static JdbcStore open(String urlOrPath) {
        String url = urlOrPath.startsWith("jdbc:") ? urlOrPath : "jdbc:sqlite:" + sqliteFile(urlOrPath);
        return open(url, null, null);
    }

    public static JdbcStore open(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try {
            Connection connection = DriverManager.getConnection(url, user, password);
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = connection.createStatement()) {
                    // WAL keeps readers and a crashed writer from corrupting the file.
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=NORMAL");
                }
            }
            return new JdbcStore(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + url + ": " + e.getMessage(), e);
        }
    }

    private static String sqliteFile(String path) {
        Path file = Path.of(path).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        return file.toString();
    }

    @Override
    public synchronized Optional<AnalysisRecipe> analysisRecipe(String contentHash) {
        // COALESCE: an article stored before recipes (or actor tables) were recorded reads as recipe 0 (no tables).
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT COALESCE(recipe, 0), COALESCE(actor_tables, '') FROM article WHERE content_hash = ?")) {
            s.setString(1, contentHash);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new AnalysisRecipe(r.getInt(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query the store: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized int outdatedBy(AnalysisRecipe current) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT COUNT(*) FROM article WHERE COALESCE(recipe, 0) < ? OR COALESCE(actor_tables, '') <> ?")) {
            s.setInt(1, current.version());
            s.setString(2, current.actorTables());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query the store: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized String put(Document document, LinkProfile profile, AnalysisRecipe recipe) {
        String previous = firstOf("SELECT id FROM article WHERE content_hash = ?", document.contentHash());
        String id = previous != null ? previous
                : firstOf("SELECT id FROM article WHERE id = ?", document.id()) != null ? document.id() + "-" + document.contentHash().substring(0, 8)
                : document.id();
        Document stored = id.equals(document.id()) ? document : document.withId(id);
        String sql = previous != null
                ? "UPDATE article SET content_hash = ?, source = ?, title = ?, analysis = ?, stored_at = ?, profile = ?, recipe = ?, actor_tables = ? WHERE id = ?"
                : "INSERT INTO article (content_hash, source, title, analysis, stored_at, profile, recipe, actor_tables, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        inTransaction(() -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setString(1, stored.contentHash());
                s.setString(2, stored.source());
                s.setString(3, stored.title());
                s.setString(4, codec.encode(stored));
                s.setString(5, Instant.now().toString());
                s.setString(6, profiles.encode(profile.withId(stored.id())));
                s.setInt(7, recipe.version());
                s.setString(8, recipe.actorTables());
                s.setString(9, stored.id());
                s.executeUpdate();
            }
        });
        return id;
    }

    /** The first column of the first row the query finds for this value, or null. */
    private String firstOf(String sql, String value) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query the store: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Document> documents() {
        List<Document> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT analysis FROM article ORDER BY id")) {
            while (r.next()) {
                out.add(codec.decode(r.getString(1)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read articles: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public synchronized Map<String, LinkProfile> profiles() {
        Map<String, LinkProfile> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT profile FROM article WHERE profile IS NOT NULL ORDER BY id")) {
            while (r.next()) {
                LinkProfile p = profiles.decode(r.getString(1));
                out.put(p.id(), p);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read link profiles: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public synchronized void putProfile(LinkProfile profile) {
        inTransaction(() -> {
            try (PreparedStatement s = connection.prepareStatement("UPDATE article SET profile = ? WHERE id = ?")) {
                s.setString(1, profiles.encode(profile));
                s.setString(2, profile.id());
                s.executeUpdate();
            }
        });
    }

    @Override
    public synchronized void replaceLinks(List<LinkedEvent> events, List<Story> stories) {
        inTransaction(() -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM event");
                s.executeUpdate("DELETE FROM story");
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO story (id, body) VALUES (?, ?)")) {
                for (Story story : stories) {
                    s.setString(1, story.id());
                    s.setString(2, json.writeValueAsString(story));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO event (id, story, body) VALUES (?, ?, ?)")) {
                for (LinkedEvent event : events) {
                    s.setString(1, event.id());
                    s.setString(2, event.story());
                    s.setString(3, json.writeValueAsString(event));
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    @Override
    public synchronized List<LinkedEvent> events() {
        return readAll("SELECT body FROM event ORDER BY id", LinkedEvent.class);
    }

    @Override
    public synchronized List<Story> stories() {
        return readAll("SELECT body FROM story ORDER BY id", Story.class);
    }

    private <T> List<T> readAll(String sql, Class<T> type) {
        List<T> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(json.readValue(r.getString(1), type));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private interface Work {
        void run() throws SQLException, JsonProcessingException;
    }

    private void inTransaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw new StoreException("store write failed and was rolled back: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }

    /** A store that cannot be read or written. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
