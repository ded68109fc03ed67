package cn.duban.files;

import java.util.zip.CRC32;

/**
 * Where a photo ends, by walking its structure: a PNG chunk by chunk (lengths and CRCs) from the
 * signature to IEND, a JPEG segment by segment (lengths, then the entropy-coded data of each scan
 * to the next marker) from SOI to EOI. Anything after the end is refused: HTML, a zip or a script
 * appended to a photo is what a polyglot file is made of (one program sees a photo, another a page
 * or an archive), and a photo needs none of it.
 *
 * <p>Why a walk and not a search for the end marker: FF D9 also occurs inside a JPEG, in an EXIF
 * thumbnail (inside an APP1 segment, skipped by its length) and in entropy-coded data only as a
 * stuffed or restart sequence; IEND is only trusted as a chunk type at a chunk boundary. And not a
 * full decode either: ImageIO reads ahead in blocks, so its stream position says nothing exact, and
 * decoding 100 megapixels costs 400 MB. The walk reads every byte once and allocates nothing.
 */
final class ImageEnds {

    /** Zero or FF bytes after the end: some cameras pad a file to a block; they carry nothing. */
    static final int MAX_PADDING = 4096;
    /**
     * JPEG images one after another: a multi-picture file (MPF) keeps its further images after the
     * first one's end, as phones write Ultra HDR photos (the gain map) or stereo pairs.
     */
    static final int MAX_IMAGES = 8;

    enum End {
        WHOLE, BROKEN, TRAILING
    }

    private ImageEnds() {
    }

    static End png(byte[] b) {
        CRC32 crc = new CRC32();
        int at = 8;
        boolean first = true;
        while (true) {
            if (b.length - at < 12) {
                return End.BROKEN;
            }
            long length = u32(b, at);
            if (length > b.length - at - 12L) {
                return End.BROKEN;
            }
            int data = (int) length;
            crc.reset();
            crc.update(b, at + 4, 4 + data);
            if (crc.getValue() != u32(b, at + 8 + data)) {
                return End.BROKEN;
            }
            boolean ihdr = type(b, at + 4, "IHDR");
            if (first != ihdr) {
                return End.BROKEN;
            }
            first = false;
            boolean iend = type(b, at + 4, "IEND");
            at += 12 + data;
            if (iend) {
                return at == b.length ? End.WHOLE : End.TRAILING;
            }
        }
    }

    static End jpeg(byte[] b) {
        int at = 0;
        for (int image = 0; image < MAX_IMAGES; image++) {
            if (b.length - at < 2 || (b[at] & 0xFF) != 0xFF || (b[at + 1] & 0xFF) != 0xD8) {
                return image == 0 ? End.BROKEN : End.TRAILING;
            }
            at = afterEoi(b, at + 2);
            if (at < 0) {
                return image == 0 ? End.BROKEN : End.TRAILING;
            }
            if (padding(b, at)) {
                return End.WHOLE;
            }
        }
        return End.TRAILING;
    }

    /** The position after the EOI that ends the image whose segments start at {@code at}; -1 when the structure breaks first. */
    private static int afterEoi(byte[] b, int at) {
        while (true) {
            if (at >= b.length || (b[at] & 0xFF) != 0xFF) {
                return -1;
            }
            while (at < b.length && (b[at] & 0xFF) == 0xFF) {
                at++; // fill bytes before a marker
            }
            if (at >= b.length) {
                return -1;
            }
            int marker = b[at++] & 0xFF;
            if (marker == 0xD9) {
                return at;
            }
            if (marker == 0x00 || marker == 0xD8) {
                return -1;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                continue; // restart and TEM markers stand alone
            }
            if (b.length - at < 2) {
                return -1;
            }
            int length = (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
            if (length < 2 || length > b.length - at) {
                return -1;
            }
            at += length;
            if (marker == 0xDA) {
                at = afterScan(b, at);
                if (at < 0) {
                    return -1;
                }
            }
        }
    }

    /** The entropy-coded data of a scan runs to the first FF that is neither stuffing (FF 00) nor a restart (FF D0–D7). */
    private static int afterScan(byte[] b, int at) {
        while (at < b.length - 1) {
            if ((b[at] & 0xFF) != 0xFF) {
                at++;
                continue;
            }
            int next = b[at + 1] & 0xFF;
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                at += 2;
            } else if (next == 0xFF) {
                at++;
            } else {
                return at;
            }
        }
        return -1;
    }

    private static boolean padding(byte[] b, int at) {
        if (b.length - at > MAX_PADDING) {
            return false;
        }
        for (int i = at; i < b.length; i++) {
            if (b[i] != 0 && (b[i] & 0xFF) != 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int at) {
        return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    private static boolean type(byte[] b, int at, String name) {
        for (int i = 0; i < 4; i++) {
            if (b[at + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
