package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateWindow;
import org.sitrep.model.LinkProfile;

class ProfileCodecTest {
    private final ProfileCodec codec = new ProfileCodec();

    @Test
    void aProfileComesBackWithItsRecipe() {
        LinkProfile p = new LinkProfile("a", "h", new DateWindow(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 2)),
                new long[] {1, 2}, new float[] {3, 4}, new int[] {5}, new float[] {0.5f}, 7);
        assertEquals(p, codec.decode(codec.encode(p)));
    }

    @Test
    void aProfileStoredBeforeRecipesReadsAsRecipeZeroSoThatItIsMadeAgain() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeUTF("old");
            out.writeUTF("");
            out.writeLong(LocalDate.of(2016, 10, 1).toEpochDay());
            out.writeLong(LocalDate.of(2016, 10, 3).toEpochDay());
            out.writeInt(1);
            out.writeLong(42L);
            out.writeFloat(2f);
            out.writeInt(0);
            out.writeInt(0);
        }
        LinkProfile p = codec.decode(Base64.getEncoder().encodeToString(bytes.toByteArray()));
        assertEquals("old", p.id());
        assertEquals(0, p.recipe());
        assertEquals(42L, p.features()[0]);
    }
}
