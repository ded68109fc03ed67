package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.DubanTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Session attributes as Spring Session stores them: sealed with SM4, opened again — from memory
 * the second time, but always into a new object, so nothing one request changes reaches another —
 * and stored bytes that were changed are refused, remembered or not.
 */
@DubanTest
class SessionSealingTests {

    @Autowired
    @Qualifier("springSessionConversionService")
    ConversionService sessions;

    @Test
    void anAttributeIsStoredSealedAndOpensIntoANewObjectEveryTime() {
        SecurityContextImpl context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("qinghe", null, new ArrayList<>()));
        byte[] stored = (byte[]) sessions.convert(context, TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(byte[].class));
        assertThat(new String(stored, StandardCharsets.US_ASCII)).startsWith("sm4:1:").doesNotContain("qinghe");

        Object first = sessions.convert(stored, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
        Object second = sessions.convert(stored.clone(), TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
        assertThat(first).isEqualTo(context).isEqualTo(second).isNotSameAs(second);
        ((SecurityContextImpl) first).setAuthentication(null); // one request's change…
        assertThat(((SecurityContextImpl) sessions.convert(stored, TypeDescriptor.valueOf(byte[].class),
                TypeDescriptor.valueOf(Object.class))).getAuthentication().getName()).isEqualTo("qinghe"); // …is not another's

        byte[] changed = stored.clone();
        changed[changed.length - 5] = (byte) (changed[changed.length - 5] == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> sessions.convert(changed, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class)))
                .hasRootCauseInstanceOf(AEADBadTagException.class);
    }
}
