package cn.duban.crypto;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Files of any size encrypted as they stream (a backup's tables): SM4 in CTR mode, then HMAC-SM3
 * over everything written (encrypt-then-MAC), so memory stays bounded and a changed, truncated or
 * foreign file is refused. A sealed file is a header naming the format, a random 16-byte counter
 * start, the ciphertext, and the 32-byte tag. Reading holds back the last 32 bytes and checks the
 * tag before it hands out the last of the plain text: whoever reads it to the end (a restore, in
 * one transaction) learns of a bad file before it could commit anything.
 */
final class SealedStreams {

    static final byte[] HEADER = "DUBAN-SM4CTR-HMACSM3-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int IV = 16;
    private static final int TAG = 32;

    private final SecretKeySpec encryption;
    private final SecretKeySpec authentication;
    private final Provider provider;
    private final SecureRandom random;

    SealedStreams(byte[] encryptionKey, byte[] macKey, Provider provider, SecureRandom random) {
        this.encryption = new SecretKeySpec(encryptionKey, "SM4");
        this.authentication = new SecretKeySpec(macKey, "HMACSM3");
        this.provider = provider;
        this.random = random;
    }

    OutputStream sealing(OutputStream out) throws IOException {
        byte[] iv = new byte[IV];
        random.nextBytes(iv);
        Cipher ctr;
        Mac mac;
        try {
            ctr = Cipher.getInstance("SM4/CTR/NoPadding", provider);
            ctr.init(Cipher.ENCRYPT_MODE, encryption, new IvParameterSpec(iv));
            mac = Mac.getInstance("HMACSM3", provider);
            mac.init(authentication);
        } catch (GeneralSecurityException e) {
            throw new IOException("SM4 加密初始化失败", e);
        }
        out.write(HEADER);
        out.write(iv);
        mac.update(HEADER);
        mac.update(iv);
        return new FilterOutputStream(out) {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                emit(ctr.update(b, off, len));
            }

            private void emit(byte[] c) throws IOException {
                if (c != null && c.length > 0) {
                    mac.update(c);
                    out.write(c);
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    emit(ctr.doFinal());
                } catch (GeneralSecurityException e) {
                    throw new IOException("SM4 加密失败", e);
                }
                out.write(mac.doFinal());
                out.close();
            }
        };
    }

    InputStream opening(InputStream in) throws IOException {
        return open(in, true);
    }

    /**
     * Reads a sealed stream to its end checking only its tag: a file can be known good before
     * anything is done with its content, without decrypting it.
     */
    void check(InputStream in) throws IOException {
        try (InputStream tagOnly = open(in, false)) {
            // Hands out nothing: each read goes on to the end, where the tag is checked.
            tagOnly.read();
        }
    }

    private Opening open(InputStream in, boolean decrypt) throws IOException {
        byte[] head = in.readNBytes(HEADER.length + IV);
        if (head.length < HEADER.length + IV || !Arrays.equals(head, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new IOException("不是 Duban 加密的文件，或文件已损坏");
        }
        Cipher ctr = null;
        Mac mac;
        try {
            if (decrypt) {
                ctr = Cipher.getInstance("SM4/CTR/NoPadding", provider);
                ctr.init(Cipher.DECRYPT_MODE, encryption, new IvParameterSpec(head, HEADER.length, IV));
            }
            mac = Mac.getInstance("HMACSM3", provider);
            mac.init(authentication);
        } catch (GeneralSecurityException e) {
            throw new IOException("SM4 解密初始化失败", e);
        }
        mac.update(head);
        return new Opening(in, ctr, mac);
    }

    /** Decrypts as it reads (without a cipher: only checks), keeping the last 32 bytes back: they may be the tag. */
    private static final class Opening extends InputStream {
        private final InputStream in;
        private final Cipher ctr;
        private final Mac mac;
        private final byte[] held = new byte[(1 << 16) + TAG];
        private int heldLength;
        private byte[] plain = new byte[0];
        private int plainAt;
        private boolean ended;

        Opening(InputStream in, Cipher ctr, Mac mac) {
            this.in = in;
            this.ctr = ctr;
            this.mac = mac;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (plainAt == plain.length) {
                if (ended) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, plain.length - plainAt);
            System.arraycopy(plain, plainAt, b, off, n);
            plainAt += n;
            return n;
        }

        private void fill() throws IOException {
            int r = in.read(held, heldLength, held.length - heldLength);
            if (r > 0) {
                heldLength += r;
                if (heldLength > TAG) {
                    release(heldLength - TAG);
                }
                return;
            }
            if (r == 0) {
                return;
            }
            if (heldLength < TAG) {
                throw new IOException("加密文件不完整（缺少校验码）");
            }
            release(heldLength - TAG);
            ended = true;
            try {
                // The provider may keep the last part-block back until the end.
                byte[] rest = ctr == null ? null : ctr.doFinal();
                if (rest != null && rest.length > 0) {
                    byte[] all = Arrays.copyOf(plain, plain.length + rest.length);
                    System.arraycopy(rest, 0, all, plain.length, rest.length);
                    plain = all;
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("SM4 解密失败", e);
            }
            byte[] expected = mac.doFinal();
            if (!MessageDigest.isEqual(expected, Arrays.copyOf(held, TAG))) {
                plain = new byte[0];
                plainAt = 0;
                throw new IOException("加密文件校验失败：文件已被改动，或加密密钥与写入时不同");
            }
        }

        /** Decrypts the first {@code n} held bytes, which are certainly not the tag. */
        private void release(int n) {
            mac.update(held, 0, n);
            byte[] p = n == 0 || ctr == null ? null : ctr.update(held, 0, n);
            plain = p == null ? new byte[0] : p;
            plainAt = 0;
            System.arraycopy(held, n, held, 0, heldLength - n);
            heldLength -= n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
