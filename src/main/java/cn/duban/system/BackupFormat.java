package cn.duban.system;

import cn.duban.crypto.FieldCipher;
import cn.duban.refusal.Conflict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.core.NestedExceptionUtils;

/**
 * One backup of the ledger as files: every table of the schema in PostgreSQL's COPY text format,
 * gzip-compressed, then SM4-encrypted and HMAC-SM3-tagged with the field key ({@link FieldCipher#sealing}:
 * a backup carried off the machine holds personal data, and 等保 asks for it to be kept secret
 * and whole), in an order that satisfies the foreign keys, and a manifest naming the schema
 * version, each table's columns, rows and the SHA-256 of its data, and each sequence's value,
 * sealed by an HMAC-SM3 of its lines. Stored files (evidence, generated documents, attachments)
 * are rows, so they are in it.
 * <p>
 * COPY needs no pg_dump (the embedded server's binaries have none) and reads back into any
 * PostgreSQL holding the same schema version; the caller takes the copy inside one REPEATABLE
 * READ transaction, so it is consistent while people work. Everything streams: memory stays
 * bounded whatever the size of the tables.
 */
final class BackupFormat {

    static final String MANIFEST = "manifest.properties";
    /** 2: table files SM4-encrypted and tagged, the manifest sealed by HMAC-SM3; 1 (read only): neither. */
    static final int FORMAT = 2;

    private BackupFormat() {
    }

    record Table(String name, List<String> columns, long rows, String sha256) {
        String file(int format) {
            return "tables/" + name + (format == 1 ? ".copy.gz" : ".copy.gz.sm4");
        }
    }

    record SequenceValue(long value, boolean called) {
    }

    record Manifest(int format, OffsetDateTime created, String schemaVersion, String keyCheck, List<Table> tables,
            Map<String, SequenceValue> sequences, String seal, String sealed) {

        Manifest(int format, OffsetDateTime created, String schemaVersion, String keyCheck, List<Table> tables,
                Map<String, SequenceValue> sequences) {
            this(format, created, schemaVersion, keyCheck, tables, sequences, null, null);
        }

        /**
         * Refuses a manifest that was changed after it was written (a table dropped from its list,
         * a count or checksum edited to match an altered file): its seal is an HMAC-SM3 of all its
         * other lines under the field key. Format 1 had no seal.
         */
        void verify(FieldCipher cipher) {
            if (format == 1) {
                return;
            }
            if (seal == null || sealed == null || !MessageDigest.isEqual(
                    cipher.digest(sealed).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII))) {
                throw new BackupRefused("备份清单 " + MANIFEST + " 已被改动，或不是用本实例的加密密钥写的：不能恢复");
            }
        }

        long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }

        void write(Path file, FieldCipher cipher) throws IOException {
            // A sorted Properties file: readable, diffable, and Java reads it back without a library.
            Map<String, String> p = new TreeMap<>();
            p.put("format", Integer.toString(format));
            p.put("created", created.toString());
            p.put("schema.version", schemaVersion);
            p.put("key.check", keyCheck);
            p.put("tables", String.join(",", tables.stream().map(Table::name).toList()));
            for (Table t : tables) {
                p.put("table." + t.name() + ".columns", String.join(",", t.columns()));
                p.put("table." + t.name() + ".rows", Long.toString(t.rows()));
                p.put("table." + t.name() + ".sha256", t.sha256());
            }
            sequences.forEach((name, v) -> p.put("sequence." + name, v.value() + "," + v.called()));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("# Duban backup. Restore: java -jar duban.jar restore <this folder>\n");
                out.write("# Tables SM4-encrypted (CTR) and HMAC-SM3-tagged under the instance's field key; this file sealed by it.\n");
                for (Map.Entry<String, String> e : p.entrySet()) {
                    out.write(e.getKey() + "=" + e.getValue() + "\n");
                }
                out.write("seal=" + cipher.digest(sealedText(p)) + "\n");
            }
        }

        /** What the seal covers: every property but the seal, sorted, one "key=value" line each. */
        private static String sealedText(Map<String, String> properties) {
            StringBuilder text = new StringBuilder();
            new TreeMap<>(properties).forEach((k, v) -> {
                if (!k.equals("seal")) {
                    text.append(k).append('=').append(v).append('\n');
                }
            });
            return text.toString();
        }

        static Manifest read(Path file) throws IOException {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            int format = Integer.parseInt(p.getProperty("format", "0"));
            if (format != FORMAT && format != 1) {
                throw new BackupRefused("备份格式 " + format + " 不是本版本可读的格式 " + FORMAT);
            }
            Map<String, String> all = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
            List<Table> tables = new ArrayList<>();
            for (String name : p.getProperty("tables", "").split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new BackupRefused("备份清单中的表名不合规：" + name);
                }
                String columns = p.getProperty("table." + name + ".columns", "");
                tables.add(new Table(name, List.of(columns.split(",")),
                        Long.parseLong(p.getProperty("table." + name + ".rows", "0")), p.getProperty("table." + name + ".sha256", "")));
            }
            Map<String, SequenceValue> sequences = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String[] v = p.getProperty(key).split(",");
                    sequences.put(key.substring("sequence.".length()), new SequenceValue(Long.parseLong(v[0]), Boolean.parseBoolean(v[1])));
                }
            }
            return new Manifest(format, OffsetDateTime.parse(p.getProperty("created")), p.getProperty("schema.version"),
                    p.getProperty("key.check", ""), tables, sequences, p.getProperty("seal"), sealedText(all));
        }
    }

    /** Not in a backup: the migration history (a restore rebuilds it to the same version), sessions, and the log of backups. */
    static boolean excluded(String table) {
        return table.equals("flyway_schema_history") || table.startsWith("spring_session") || table.equals("backup_run");
    }

    /** The schema version the migrations have reached on this database. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!r.next()) {
                throw new BackupRefused("数据库尚未建立 Duban 的表结构");
            }
            return r.getString(1);
        }
    }

    /**
     * Writes every table and sequence into {@code folder} (which must exist and be empty). The
     * connection must be inside a REPEATABLE READ transaction: all tables then come from one snapshot.
     */
    static Manifest write(Connection c, Path folder, String keyCheck, OffsetDateTime now, FieldCipher cipher)
            throws SQLException, IOException {
        String version = schemaVersion(c);
        Files.createDirectories(folder.resolve("tables"));
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<Table> tables = new ArrayList<>();
        for (String name : tablesInLoadOrder(c)) {
            List<String> columns = columns(c, name);
            Path file = folder.resolve(new Table(name, columns, 0, "").file(FORMAT));
            MessageDigest sha = sha256();
            long rows;
            // The checksum is of the rows as COPY writes them; then compressed, then encrypted.
            try (OutputStream out = new DigestOutputStream(new FastGzip(cipher.sealing(Files.newOutputStream(file))), sha)) {
                rows = copy.copyOut("copy (" + ordered(c, name, columns) + ") to stdout", out);
            }
            tables.add(new Table(name, columns, rows, HexFormat.of().formatHex(sha.digest())));
        }
        Map<String, SequenceValue> sequences = new TreeMap<>();
        for (String seq : names(c,
                "select c.relname from pg_class c where c.relkind = 'S' and c.relnamespace = current_schema()::regnamespace")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select last_value, is_called from " + quote(seq))) {
                r.next();
                sequences.put(seq, new SequenceValue(r.getLong(1), r.getBoolean(2)));
            }
        }
        Manifest manifest = new Manifest(FORMAT, now, version, keyCheck, tables, sequences);
        manifest.write(folder.resolve(MANIFEST), cipher);
        return manifest;
    }

    /**
     * Loads a backup into a database of the same schema version that holds no organisation yet
     * (a fresh one), in the caller's transaction: every file is checked against the manifest's
     * rows and SHA-256 while it streams in, and any difference fails the whole restore. The
     * tables' own triggers (the append-only and frozen-snapshot guards, which would refuse
     * history being written back) are off for the load only; foreign keys stay checked.
     * Needs the tables' owner.
     */
    static Manifest restore(Connection owner, Path folder, FieldCipher cipher) throws SQLException, IOException {
        Manifest manifest = Manifest.read(folder.resolve(MANIFEST));
        manifest.verify(cipher);
        String version = schemaVersion(owner);
        if (!version.equals(manifest.schemaVersion())) {
            throw new BackupRefused("数据库结构版本为 " + version + "，备份为 " + manifest.schemaVersion() + "：须先迁移到同一版本");
        }
        try (Statement s = owner.createStatement(); ResultSet r = s.executeQuery("select exists (select 1 from organisation)")) {
            r.next();
            if (r.getBoolean(1)) {
                throw new BackupRefused("目标数据库已有数据：恢复只写入新建的空数据库（新的数据目录或新建的库），不覆盖在用的数据");
            }
        }
        Set<String> present = new TreeSet<>(tablesInLoadOrder(owner));
        for (Table t : manifest.tables()) {
            if (!present.contains(t.name())) {
                throw new BackupRefused("备份中的表 " + t.name() + " 在数据库中不存在");
            }
            List<String> columns = columns(owner, t.name());
            if (!columns.containsAll(t.columns())) {
                throw new BackupRefused("表 " + t.name() + " 的列与备份不一致");
            }
        }
        if (manifest.format() > 1) {
            // Every file's tag first: a changed or foreign file is named before anything is loaded.
            for (Table t : manifest.tables()) {
                try {
                    cipher.checkSealed(Files.newInputStream(folder.resolve(t.file(manifest.format()))));
                } catch (IOException e) {
                    throw new BackupRefused("表 " + t.name() + " 的备份文件已损坏或被改动（" + e.getMessage() + "）");
                }
            }
        }
        CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
        try (Statement s = owner.createStatement()) {
            for (Table t : manifest.tables()) {
                s.execute("alter table " + quote(t.name()) + " disable trigger user");
            }
            // Nothing should be there, but a migration may one day add rows of its own: the backup's are the truth.
            s.execute("truncate " + String.join(", ", manifest.tables().stream().map(t -> quote(t.name())).toList()));
        }
        for (Table t : manifest.tables()) {
            MessageDigest sha = sha256();
            long rows;
            InputStream stored = Files.newInputStream(folder.resolve(t.file(manifest.format())));
            try (InputStream in = new DigestInputStream(new GZIPInputStream(
                    manifest.format() == 1 ? stored : cipher.opening(stored), 1 << 16), sha)) {
                rows = copy
                        .copyIn("copy " + quote(t.name()) + " (" + String.join(", ", t.columns().stream().map(BackupFormat::quote).toList())
                                + ") from stdin", in);
            } catch (IOException | SQLException e) {
                // A file that fails its tag fails here, while the whole restore is still one open transaction.
                throw new BackupRefused("表 " + t.name() + " 的备份文件无法读取：" + (e.getMessage() == null
                        ? e
                        : Objects.requireNonNullElse(NestedExceptionUtils.getMostSpecificCause(e).getMessage(),
                                e.getMessage())));
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            if (rows != t.rows() || !digest.equals(t.sha256())) {
                throw new BackupRefused("表 " + t.name() + " 的备份文件已损坏或被改动（行数 " + rows + "/" + t.rows() + "，校验和不符）");
            }
        }
        try (Statement s = owner.createStatement()) {
            for (Table t : manifest.tables()) {
                s.execute("alter table " + quote(t.name()) + " enable trigger user");
            }
        }
        for (Map.Entry<String, SequenceValue> e : manifest.sequences().entrySet()) {
            try (PreparedStatement p = owner.prepareStatement("select setval(?::regclass, ?, ?)")) {
                p.setString(1, quote(e.getKey()));
                p.setLong(2, e.getValue().value());
                p.setBoolean(3, e.getValue().called());
                p.executeQuery().close();
            }
        }
        return manifest;
    }

    /** Every table of the schema but the excluded, parents before children (a table's references to itself are checked at the end of its COPY). */
    static List<String> tablesInLoadOrder(Connection c) throws SQLException {
        List<String> all = names(c, """
                select c.relname from pg_class c where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
                  and not c.relispartition order by c.relname""");
        all.removeIf(BackupFormat::excluded);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        all.forEach(t -> parents.put(t, new LinkedHashSet<>()));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                where k.contype = 'f' and k.connamespace = current_schema()::regnamespace""")) {
            while (r.next()) {
                String child = r.getString(1), parent = r.getString(2);
                if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Deque<String> visiting = new ArrayDeque<>();
        for (String t : all) {
            place(t, parents, placed, visiting, order);
        }
        return order;
    }

    private static void place(String t, Map<String, Set<String>> parents, Set<String> placed, Deque<String> visiting, List<String> order) {
        if (placed.contains(t)) {
            return;
        }
        if (visiting.contains(t)) {
            throw new IllegalStateException("外键成环，无法确定表的恢复顺序：" + visiting);
        }
        visiting.push(t);
        for (String p : parents.get(t)) {
            place(p, parents, placed, visiting, order);
        }
        visiting.pop();
        placed.add(t);
        order.add(t);
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                select attname from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''
                order by attnum""")) {
            p.setString(1, quote(table));
            List<String> columns = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
            return columns;
        }
    }

    /** The table's rows in a fixed order (its primary key, else the whole row), so the same data gives the same checksum. */
    private static String ordered(Connection c, String table, List<String> columns) throws SQLException {
        List<String> key;
        try (PreparedStatement p = c.prepareStatement("""
                select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                where i.indrelid = ?::regclass and i.indisprimary order by array_position(i.indkey::int2[], a.attnum)""")) {
            p.setString(1, quote(table));
            key = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    key.add(quote(r.getString(1)));
                }
            }
        }
        String select = "select " + String.join(", ", columns.stream().map(BackupFormat::quote).toList()) + " from " + quote(table) + " t";
        return select + " order by " + (key.isEmpty() ? "t::text" : String.join(", ", key));
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** gzip at its fastest level: a backup is written every night, read rarely. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** A backup that cannot be written or read back, with the reason in the office's words. */
    static final class BackupRefused extends Conflict {
        BackupRefused(String message) {
            super(message);
        }
    }
}
