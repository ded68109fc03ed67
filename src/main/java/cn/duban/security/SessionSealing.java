package cn.duban.security;

import cn.duban.crypto.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Session attributes are stored in PostgreSQL (Spring Session JDBC) and hold the signed-in
 * person's security context, a TOTP key while it is being set up, an import's proposal: they are
 * kept SM4-encrypted like every other secret at rest (密评), with the field key, never in clear.
 * A session written before this (plain Java serialisation) is still read, once.
 * <p>
 * Opening is remembered: every request reads its session's security context, and the session
 * registry (the five-sessions limit) reads it once more, so SM4 in pure Java came to almost half a
 * page's CPU (BENCHMARKS.md). The same stored bytes always open to the same plain bytes, so the
 * last {@value #REMEMBERED} are kept in memory — as sessions were, before they moved into the
 * database — and only a changed attribute is decrypted again.
 */
@Configuration(proxyBeanMethods = false)
class SessionSealing {

    static final int REMEMBERED = 2048;

    /** Sealed text → the serialised attribute it opens to; least recently used first out. */
    private final Map<String, byte[]> opened = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** The conversion service Spring Session JDBC looks up by this name for attribute bytes. */
    @Bean("springSessionConversionService")
    ConversionService springSessionConversionService(FieldCipher cipher) {
        SerializingConverter serialize = new SerializingConverter();
        DeserializingConverter deserialize = new DeserializingConverter(SessionSealing.class.getClassLoader());
        GenericConversionService service = new GenericConversionService();
        service.addConverter(new GenericConverter() {
            @Override
            public Set<ConvertiblePair> getConvertibleTypes() {
                return Set.of(new ConvertiblePair(Object.class, byte[].class));
            }

            @Override
            public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                if (source == null) {
                    return null;
                }
                return cipher.seal(Base64.getEncoder().encodeToString(serialize.convert(source))).getBytes(StandardCharsets.US_ASCII);
            }
        });
        service.addConverter(new GenericConverter() {
            @Override
            public Set<ConvertiblePair> getConvertibleTypes() {
                return Set.of(new ConvertiblePair(byte[].class, Object.class));
            }

            @Override
            public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                if (source == null) {
                    return null;
                }
                byte[] bytes = (byte[]) source;
                String text = new String(bytes, StandardCharsets.US_ASCII);
                if (!FieldCipher.isSealed(text)) {
                    return deserialize.convert(bytes);
                }
                byte[] plain = opened.get(text);
                if (plain == null) {
                    plain = Base64.getDecoder().decode(cipher.open(text));
                    opened.put(text, plain);
                }
                return deserialize.convert(plain); // a new object each time: nothing mutable is shared between requests
            }
        });
        return service;
    }
}
