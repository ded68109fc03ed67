package cn.duban.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Looks inside an Office file (a zip) with bounded work before anything parses it: at most
 * {@code maxEntries} entries, none inflating past {@code maxEntry} bytes, all together not past
 * {@code maxTotal}, no name twice, no name that climbs out of its folder, no XML part that declares a
 * DTD or an entity (Office never writes one; an XXE or entity-expansion attack must). It stops at the first byte over a limit, so a zip bomb costs
 * no more than the limits it breaks (skipping an entry would inflate it in full).
 */
public final class ZipBounds {

    /** What was seen: the names, and whether the limits held; {@code problem} says which did not. */
    public record Inspection(Set<String> names, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private ZipBounds() {
    }

    public static Inspection inspect(byte[] bytes, int maxEntries, long maxEntry, long maxTotal) {
        Set<String> names = new HashSet<>();
        if (!whole(bytes)) {
            return new Inspection(names, "文件不完整（缺少压缩目录，可能上传中断或已损坏）");
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = open(bytes)) {
            ZipArchiveEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (names.size() >= maxEntries) {
                    return new Inspection(names, "内部文件数量超过 " + maxEntries + " 个");
                }
                if (!names.add(e.getName())) {
                    return new Inspection(names, "内部文件名重复（" + e.getName() + "）");
                }
                if (unsafeName(e.getName())) {
                    return new Inspection(names, "内部文件名异常（" + e.getName().replaceAll("\\p{Cntrl}", "?") + "）");
                }
                boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
                byte[] carry = new byte[0];
                long entry = 0;
                int n;
                while ((n = read(zip, buffer)) > 0) {
                    if (xml && declaresDtd(carry, buffer, n)) {
                        return new Inspection(names, "内部文件 " + e.getName() + " 含有 DTD 或外部实体声明（Office 文件不会有，疑似 XXE 攻击）");
                    }
                    if (xml) {
                        carry = java.util.Arrays.copyOfRange(buffer, Math.max(0, n - 8), n);
                    }
                    entry += n;
                    total += n;
                    if (entry > maxEntry) {
                        return new Inspection(names, "内部文件 " + e.getName() + " 解压后超过 " + maxEntry / (1024 * 1024) + " MB");
                    }
                    if (total > maxTotal) {
                        return new Inspection(names, "解压后总大小超过 " + maxTotal / (1024 * 1024) + " MB（疑似压缩炸弹）");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            return new Inspection(names, "文件已损坏或不是有效的压缩格式");
        }
        return new Inspection(names, null);
    }

    /**
     * A zip ends with its central directory's end record (PK 5 6) within the last 64 KB; a file cut
     * short in transfer lacks it, though its first entries still read.
     */
    private static boolean whole(byte[] b) {
        for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_535; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** A name that climbs out of its folder, is absolute, or holds control characters: no Office program writes one. */
    static boolean unsafeName(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../") || n.contains("/../")
                || n.endsWith("/..") || n.chars().anyMatch(c -> c < 0x20);
    }

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Whether this piece (with the end of the one before, so a split marker is seen) declares a DTD or an entity. */
    private static boolean declaresDtd(byte[] carry, byte[] buffer, int n) {
        byte[] piece = new byte[carry.length + n];
        System.arraycopy(carry, 0, piece, 0, carry.length);
        System.arraycopy(buffer, 0, piece, carry.length, n);
        return contains(piece, DOCTYPE) || contains(piece, ENTITY);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (Character.toUpperCase(haystack[i + j]) != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Entries are read in order, as POI reads them, with commons-compress rather than java.util.zip:
     * it accepts what POI's own streaming writer produces (stored sizes in a data descriptor), which
     * java.util.zip refuses.
     */
    public static ZipArchiveInputStream open(byte[] bytes) {
        return new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true);
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }
}
