package cn.duban.security;

import cn.duban.crypto.FieldCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Session attributes are stored in PostgreSQL (Spring Session JDBC) and hold the signed-in
 * person's security context, a TOTP key while it is being set up, an import's proposal: they are
 * kept SM4-encrypted like every other secret at rest (密评), with the field key, never in clear.
 * A session written before this (plain Java serialisation) is still read, once.
 */
@Configuration(proxyBeanMethods = false)
class SessionSealing {

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
                String text = bytes.length > 4 && bytes[0] == 's' && bytes[1] == 'm' && bytes[2] == '4' && bytes[3] == ':'
                        ? new String(bytes, StandardCharsets.US_ASCII) : null;
                return deserialize.convert(text == null ? bytes : Base64.getDecoder().decode(cipher.open(text)));
            }
        });
        return service;
    }
}
