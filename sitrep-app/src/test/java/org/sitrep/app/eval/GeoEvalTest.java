package org.sitrep.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.app.CliRunner;

class GeoEvalTest {
    @Test
    void measuresGreatCircleDistancesAndTheErrorCurve() {
        assertEquals(0, GeoEval.km(36.2, 37.16, 36.2, 37.16), 1e-9);
        assertEquals(344, GeoEval.km(51.5074, -0.1278, 48.8566, 2.3522), 2, "London to Paris");
        assertEquals(0, GeoEval.auc(List.of(0.0, 0.0)), 1e-9);
        assertEquals(1, GeoEval.auc(List.of(20039.0, 20039.0)), 1e-4);
    }

    @Test
    void readsGeoWebNewsAndGeocodesItsGoldNamesAboveTheCurrentLevel() {
        Path gwn = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/geo/GWN.xml");
        CliRunner.Result run = CliRunner.run("eval", "geo", gwn.toString(), "--given-names");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2599, run.number("toponyms"), run.lastLine());
        // A guard against regressions at today's level (0.74); the floor (0.92) is not reached yet.
        assertTrue(run.number("acc161") >= 0.72, run.lastLine());
    }
}
