package cn.duban.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A backup's files as the stream cipher writes and reads them: whatever is written, in whatever
 * pieces, reads back the same in whatever pieces; any changed bit, any cut, or another key is
 * refused — never decrypted into something else.
 */
class SealedStreamPropertyTests {

    private static final FieldCipher CIPHER = new FieldCipher("00112233445566778899aabbccddeeff", Path.of("unused"));
    private static final FieldCipher OTHER = new FieldCipher("ffeeddccbbaa99887766554433221100", Path.of("unused"));

    @Provide
    Arbitrary<byte[]> contents() {
        // Around the edges that matter: empty, under a block, around the 32 bytes held back, several buffers of 64 KiB.
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(100),
                Arbitraries.bytes().array(byte[].class).ofMinSize(60_000).ofMaxSize(200_000));
    }

    @Property(tries = 60)
    void whatIsWrittenReadsBackTheSame(@ForAll("contents") byte[] content, @ForAll @IntRange(min = 1, max = 70_000) int writes,
            @ForAll @IntRange(min = 1, max = 70_000) int reads) throws IOException {
        byte[] sealed = seal(CIPHER, content, writes);
        assertThat(sealed.length).isEqualTo(SealedStreams.HEADER.length + 16 + content.length + 32);
        if (content.length >= 16) {
            assertThat(Arrays.equals(sealed, SealedStreams.HEADER.length + 16, SealedStreams.HEADER.length + 32, content, 0, 16)).isFalse();
        }
        assertThat(open(CIPHER, sealed, reads)).isEqualTo(content);
        CIPHER.checkSealed(new ByteArrayInputStream(sealed));
    }

    @Property(tries = 80)
    void aChangedBitIsRefused(@ForAll("contents") byte[] content, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where,
            @ForAll @IntRange(min = 0, max = 7) int bit) throws IOException {
        byte[] sealed = seal(CIPHER, content, 4096);
        sealed[where % sealed.length] ^= (byte) (1 << bit);
        assertThatThrownBy(() -> open(CIPHER, sealed, 8192)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CIPHER.checkSealed(new ByteArrayInputStream(sealed))).isInstanceOf(IOException.class);
    }

    @Property(tries = 60)
    void aFileCutShortIsRefused(@ForAll("contents") byte[] content, @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int cut)
            throws IOException {
        byte[] sealed = seal(CIPHER, content, 4096);
        byte[] shorter = Arrays.copyOf(sealed, sealed.length - 1 - cut % sealed.length);
        assertThatThrownBy(() -> open(CIPHER, shorter, 8192)).isInstanceOf(IOException.class);
    }

    @Property(tries = 30)
    void anotherKeyIsRefused(@ForAll("contents") byte[] content) throws IOException {
        byte[] sealed = seal(CIPHER, content, 4096);
        assertThatThrownBy(() -> open(OTHER, sealed, 8192)).isInstanceOf(IOException.class);
    }

    private static byte[] seal(FieldCipher cipher, byte[] content, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = cipher.sealing(out)) {
            for (int i = 0; i < content.length; i += piece) {
                sealing.write(content, i, Math.min(piece, content.length - i));
            }
        }
        return out.toByteArray();
    }

    private static byte[] open(FieldCipher cipher, byte[] sealed, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = cipher.opening(new ByteArrayInputStream(sealed))) {
            byte[] buffer = new byte[piece];
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }
}
