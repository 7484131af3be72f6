package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;

/** The actor table: who belongs to whom, and a bundled table whose every spelling names one actor. */
class ActorTableTest {
    @TempDir
    Path dir;

    @Test
    void anActorCarriesTheActorsItBelongsTo() {
        ActorTable table = ActorTable.load(List.of());
        assertEquals("Popular Mobilization Forces", table.lookup("Kataib Hezbollah").parent().name());
        Actor commander = table.lookup("Qasem Soleimani");
        assertEquals("Quds Force", commander.parent().name());
        assertEquals("Islamic Revolutionary Guard Corps", commander.parent().parent().name());
        assertNull(table.lookup("Hezbollah").parent());
    }

    @Test
    void everySpellingOfTheBundledTableNamesOneActor() {
        ActorTable table = ActorTable.load(List.of());
        for (String[] row : ReferenceData.table("/org/sitrep/resolve/actors.tsv")) {
            Actor actor = table.lookup(row[0]);
            assertEquals(row[0], actor.name());
            String aliases = ReferenceData.field(row, 4);
            for (String alias : aliases == null ? new String[0] : aliases.split(";")) {
                assertEquals(row[0], table.lookup(alias).name(), "'" + alias + "' is claimed by two actors");
            }
            String sector = ReferenceData.field(row, 2);
            assertTrue(sector == null || sector.matches("GOV|MIL|PRM|REB|PTY|NGO|IGO|MED|CVL|REL|BUS|CRM"), row[0] + ": " + sector);
            String code = ReferenceData.field(row, 1);
            assertTrue(code == null || code.matches("[A-Z]{3}"), row[0] + ": " + code);
        }
    }

    @Test
    void aUsersActorMayBelongToABundledOneAndANamelessParentIsAnError() throws IOException {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "Liwa Salah al-Din\tSYR\tPRM\t\tLiwa Salah al-Din\t\t\tNational Defence Forces\tgroup\n");
        assertEquals("National Defence Forces", ActorTable.load(List.of(mine)).lookup("Liwa Salah al-Din").parent().name());

        Files.writeString(mine, "Liwa Salah al-Din\tSYR\tPRM\t\tLiwa Salah al-Din\t\t\tNational Defense Force\tgroup\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ActorTable.load(List.of(mine)));
        assertTrue(error.getMessage().contains("National Defense Force") && error.getMessage().contains("Liwa Salah al-Din")
                && error.getMessage().contains(mine.toString()), "names the parent, the row and the file: " + error.getMessage());

        Files.writeString(mine, "Unit A\tSYR\tPRM\t\t\t\t\tUnit B\tgroup\nUnit B\tSYR\tPRM\t\t\t\t\tUnit A\tgroup\n");
        assertThrows(IllegalArgumentException.class, () -> ActorTable.load(List.of(mine)), "a loop of parents");
    }
}
