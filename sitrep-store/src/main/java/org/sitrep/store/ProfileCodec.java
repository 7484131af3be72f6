package org.sitrep.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import org.sitrep.model.DateWindow;
import org.sitrep.model.LinkProfile;

/**
 * Link profiles as Base64 text of a versioned binary form: a few kilobytes an article, in any SQL
 * database's text column. Version 2 added the profile's recipe; version 1 profiles read as recipe 0,
 * which no current recipe is, so they are made again.
 */
final class ProfileCodec {
    private static final int VERSION = 2;

    String encode(LinkProfile p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(p.recipe());
            out.writeUTF(p.id());
            out.writeUTF(p.contentHash() == null ? "" : p.contentHash());
            out.writeLong(p.window().earliest().toEpochDay());
            out.writeLong(p.window().latest().toEpochDay());
            out.writeInt(p.features().length);
            for (int i = 0; i < p.features().length; i++) {
                out.writeLong(p.features()[i]);
                out.writeFloat(p.counts()[i]);
            }
            out.writeInt(p.minHash().length);
            for (int h : p.minHash()) {
                out.writeInt(h);
            }
            out.writeInt(p.lede().length);
            for (float x : p.lede()) {
                out.writeFloat(x);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    LinkProfile decode(String text) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            int version = in.readByte();
            if (version < 1 || version > VERSION) {
                throw new IllegalStateException("link profile of version " + version + ", this Sitrep reads up to " + VERSION);
            }
            int recipe = version >= 2 ? in.readInt() : 0;
            String id = in.readUTF();
            String hash = in.readUTF();
            DateWindow window = new DateWindow(LocalDate.ofEpochDay(in.readLong()), LocalDate.ofEpochDay(in.readLong()));
            int n = in.readInt();
            long[] features = new long[n];
            float[] counts = new float[n];
            for (int i = 0; i < n; i++) {
                features[i] = in.readLong();
                counts[i] = in.readFloat();
            }
            int[] minHash = new int[in.readInt()];
            for (int i = 0; i < minHash.length; i++) {
                minHash[i] = in.readInt();
            }
            float[] lede = new float[in.readInt()];
            for (int i = 0; i < lede.length; i++) {
                lede[i] = in.readFloat();
            }
            return new LinkProfile(id, hash.isEmpty() ? null : hash, window, features, counts, minHash, lede, recipe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
