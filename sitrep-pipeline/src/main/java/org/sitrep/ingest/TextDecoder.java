package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes of unknown encoding: a byte-order mark decides UTF-8/16; otherwise strict UTF-8,
 * otherwise Windows-1256 when the high bytes look like Arabic letters, else Windows-1252.
 * Returns empty for binary data (NUL bytes or many control characters).
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextDecoder() {}

    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    static Optional<String> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8;
        }
        return Optional.of(new String(bytes, looksArabic(bytes) ? WINDOWS_1256 : WINDOWS_1252));
    }

    /** In Windows-1256 Arabic letters sit at 0xC1–0xFE; Western text in 1252 uses few high bytes, mostly accented vowels. */
    private static boolean looksArabic(byte[] bytes) {
        int high = 0;
        int arabicRange = 0;
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (b >= 0x80) {
                high++;
                if (b >= 0xC1 && b <= 0xFE) {
                    arabicRange++;
                }
            }
        }
        return high > 0 && high * 10 > bytes.length && arabicRange * 10 > high * 7;
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
