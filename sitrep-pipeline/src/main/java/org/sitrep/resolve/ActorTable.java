package org.sitrep.resolve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;

/**
 * The curated actor table ({@code actors.tsv}, format documented in its header) plus any user
 * tables, and what is known of when each actor existed and who held which office when.
 */
public final class ActorTable {
    /** When an actor existed; either end may be null. */
    public record Lifetime(LocalDate since, LocalDate until) {}

    /** An office held over a period, named by any of its words ("foreign minister"). */
    public record Tenure(Actor holder, List<String> officeWords, LocalDate from, LocalDate until) {}

    private final PhraseMatcher<Actor> aliases = new PhraseMatcher<>();
    private final Map<String, Actor> byName = new HashMap<>();
    private final Map<Actor, Lifetime> lifetimes = new HashMap<>();
    private final List<Tenure> tenures = new ArrayList<>();

    public static ActorTable load(List<Path> userTables) {
        // A name's first row wins, so a user's line replaces the bundled one.
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Path user : userTables) {
            ReferenceData.table(user).forEach(row -> putFirst(rows, new Row(row, user.toString())));
        }
        ReferenceData.table("/org/sitrep/resolve/actors.tsv").forEach(row -> putFirst(rows, new Row(row, "actors.tsv")));
        ActorTable table = new ActorTable();
        for (String name : rows.keySet()) {
            table.actor(name, rows, new HashSet<>());
        }
        // Aliases in table order, after every actor exists: the first actor to claim a spelling keeps it.
        rows.forEach((name, row) -> {
            Actor actor = table.byName.get(name);
            table.aliases.add(name, actor);
            String list = ReferenceData.field(row.fields(), 4);
            if (list != null) {
                for (String alias : list.split(";")) {
                    table.aliases.add(alias, actor);
                }
            }
        });
        for (String[] row : ReferenceData.table("/org/sitrep/resolve/tenures.tsv")) {
            Actor holder = table.lookup(row[0]);
            if (holder == null) {
                // Office holders the actor table lacks are still worth knowing by name.
                holder = new Actor(row[0], null, "GOV", null, Actor.Kind.PERSON);
                table.byName.put(row[0], holder);
                table.aliases.add(row[0], holder);
            }
            table.tenures.add(new Tenure(holder, List.of(row[1].split(";")), date(ReferenceData.field(row, 2)),
                    date(ReferenceData.field(row, 3))));
        }
        return table;
    }

    /** A row of an actor table and the table it comes from, for the errors that name it. */
    private record Row(String[] fields, String table) {
        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("actor table " + table + ": " + message);
        }
    }

    private static void putFirst(Map<String, Row> rows, Row row) {
        String name = ReferenceData.field(row.fields(), 0);
        if (name != null) {
            rows.putIfAbsent(name, row);
        }
    }

    /** The actor of a row, made after the actor it belongs to (column 8, by name), which may come later in the tables. */
    private Actor actor(String name, Map<String, Row> rows, Set<String> making) {
        Actor made = byName.get(name);
        if (made != null) {
            return made;
        }
        Row row = rows.get(name);
        if (!making.add(name)) {
            throw row.error("'" + name + "' belongs, through its parents, to itself");
        }
        String[] fields = row.fields();
        String parentName = ReferenceData.field(fields, 7);
        if (parentName != null && !rows.containsKey(parentName)) {
            throw row.error("the parent '" + parentName + "' of '" + name + "' names no actor in the tables");
        }
        Actor parent = parentName == null ? null : actor(parentName, rows, making);
        Actor actor = new Actor(name, ReferenceData.field(fields, 1), ReferenceData.field(fields, 2), ReferenceData.field(fields, 3),
                kind(row), parent);
        byName.put(name, actor);
        lifetimes.put(actor, new Lifetime(date(ReferenceData.field(fields, 5)), date(ReferenceData.field(fields, 6))));
        return actor;
    }

    private static Actor.Kind kind(Row row) {
        String value = ReferenceData.field(row.fields(), 8);
        if (value == null) {
            return Actor.Kind.GROUP;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "person" -> Actor.Kind.PERSON;
            case "group" -> Actor.Kind.GROUP;
            case "state" -> Actor.Kind.STATE;
            default -> throw row.error("the kind of '" + row.fields()[0] + "' must be person, group or state, not '" + value + "'");
        };
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    public PhraseMatcher<Actor> aliases() {
        return aliases;
    }

    /** The words an alias may name a country's organ by, per sector ("Syrian army", "Myanmar military"). */
    private static final Map<String, List<String>> ORGAN_WORDS = Map.of(
            "MIL", List.of("army", "military"), "GOV", List.of("government"), "COP", List.of("police"));

    /** The actor this table names as the country's organ of that sector ("Syrian army": the Syrian Arab Army), or null. */
    public Actor organOf(Country country, String sector) {
        for (String word : ORGAN_WORDS.getOrDefault(String.valueOf(sector), List.of())) {
            for (String owner : new String[] {country.name(), country.demonym()}) {
                Actor named = owner == null ? null : lookup(owner + " " + word);
                if (named != null && country.alpha3().equals(named.code()) && sector.equals(named.sector())) {
                    return named;
                }
            }
        }
        return null;
    }

    /** The actor with this name or alias, or null. */
    public Actor lookup(String nameOrAlias) {
        Actor actor = byName.get(nameOrAlias);
        return actor != null ? actor : aliases.get(nameOrAlias);
    }

    public Lifetime lifetime(Actor actor) {
        return lifetimes.get(actor);
    }

    public List<Tenure> tenures(Actor holder) {
        return tenures.stream().filter(t -> t.holder().equals(holder)).toList();
    }
}
