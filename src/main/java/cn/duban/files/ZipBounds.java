package cn.duban.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside an Office file (a zip) with bounded work before anything parses it: at most
 * {@code maxEntries} entries, none inflating past {@code maxEntry} bytes, all together not past
 * {@code maxTotal}, no name twice. It stops at the first byte over a limit, so a zip bomb costs
 * no more than the limits it breaks (java.util.zip would inflate a skipped entry in full).
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
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (names.size() >= maxEntries) {
                    return new Inspection(names, "内部文件数量超过 " + maxEntries + " 个");
                }
                if (!names.add(e.getName())) {
                    return new Inspection(names, "内部文件名重复（" + e.getName() + "）");
                }
                long entry = 0;
                int n;
                while ((n = read(zip, buffer)) > 0) {
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

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }
}
