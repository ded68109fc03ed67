package cn.duban.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data and secrets at rest (GB/T 39786-2021, 密评): each value is encrypted with SM4 in
 * GCM mode (so a changed ciphertext is detected, not decrypted to garbage) under a key that never
 * enters the database — {@code DUBAN_FIELD_KEY} (32 hex digits) or, failing that, a key generated
 * at first start in {@code data/keys/field.key} with owner-only rights. A stored value reads
 * {@code sm4:1:<base64 of nonce, ciphertext and tag>}; the 1 names the key, for a later rotation.
 * Values that must be found or kept unique are looked up by an HMAC-SM3 digest under a key derived
 * from the same secret, never by their plain text. Through BouncyCastle, never a hand-written cipher.
 */
@Component
public class FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    private static final String PREFIX = "sm4:1:";
    private static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryption;
    private final SecretKeySpec lookup;
    private final SealedStreams files;
    private final SecretKeySpec auditing;

    FieldCipher(@Value("${duban.security.field-key:}") String configured, @Value("${duban.data-dir:data}") Path dataDir) {
        byte[] master = configured.isBlank() ? keyFile(dataDir.resolve("keys").resolve("field.key")) : parse(configured);
        this.encryption = new SecretKeySpec(derive(master, "duban field encryption"), "SM4");
        this.lookup = new SecretKeySpec(derive(master, "duban field lookup"), "HMACSM3");
        this.files = new SealedStreams(derive(master, "duban file encryption"), derive(master, "duban file authentication"), BC, RANDOM);
        this.auditing = new SecretKeySpec(derive(master, "duban audit authentication"), "HMACSM3");
    }

    /**
     * A stream that writes what it is given SM4-encrypted and HMAC-SM3-tagged into {@code out}
     * (a backup's files: see {@link SealedStreams}), under keys derived from the same secret as the
     * fields'; closing it writes the tag and closes {@code out}.
     */
    public OutputStream sealing(OutputStream out) throws IOException {
        return files.sealing(out);
    }

    /**
     * Reads a stream written by {@link #sealing}: an IOException if it is not one, if it was
     * changed or cut short, or if it was written under another key — at the latest when its end is
     * read, before the last of its content is handed out.
     */
    public InputStream opening(InputStream in) throws IOException {
        return files.opening(in);
    }

    /** Reads a stream written by {@link #sealing} to its end and closes it: an IOException if it is not intact. */
    public void checkSealed(InputStream in) throws IOException {
        files.check(in);
    }

    /** Encrypts a value for storage; null and empty stay as they are (nothing to protect). */
    public String seal(String plain) {
        if (plain == null || plain.isEmpty()) {
            return plain;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher sm4 = Cipher.getInstance("SM4/GCM/NoPadding", BC);
            sm4.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, nonce));
            byte[] sealed = sm4.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 加密失败", e);
        }
    }

    /**
     * Decrypts a stored value. A value stored before encryption was introduced (no prefix) is
     * returned as it is, so old rows read until they are next written; a value that fails its
     * tag is an error, never silently wrong.
     */
    public String open(String stored) {
        if (stored == null || stored.isEmpty() || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher sm4 = Cipher.getInstance("SM4/GCM/NoPadding", BC);
            sm4.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, in, 0, 12));
            return new String(sm4.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("加密数据无法解密（密钥不符或数据被改动）", e);
        }
    }

    /** Whether a stored value is encrypted. */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** A stable digest for finding or de-duplicating a value without storing it in the clear. */
    public String digest(String plain) {
        return hmac(lookup, plain);
    }

    /**
     * The audit trail's tag of a record's content: HMAC-SM3 under a key of its own, derived from the
     * field key, which lives outside the database. Whoever holds only the database role cannot make one.
     */
    public String auditTag(String content) {
        return hmac(auditing, content);
    }

    private static String hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HMACSM3", BC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SM3 计算失败", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HMACSM3", BC);
            mac.init(new SecretKeySpec(master, "HMACSM3"));
            byte[] out = mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
            return purpose.endsWith("encryption") ? Arrays.copyOf(out, 16) : out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] parse(String hex) {
        byte[] key = HexFormat.of().parseHex(hex.strip());
        if (key.length < 16) {
            throw new IllegalStateException("DUBAN_FIELD_KEY 至少应为 32 位十六进制数（128 位）");
        }
        return key;
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Path temp = file.resolveSibling("field.key.new");
                Files.deleteIfExists(temp);
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temp, HexFormat.of().formatHex(key) + "\n");
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                log.info("已生成数据加密密钥 {}（请与数据库一并备份；丢失后已加密的数据无法恢复）", file.toAbsolutePath());
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成数据加密密钥 " + file, e);
        }
    }
}
