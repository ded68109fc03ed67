package cn.duban.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one clock, in the county's zone (duban.zone), and JSON's times at the county's offset.
 * <p>
 * JSON carries ISO-8601 with its offset, as before; what changes is which offset. The database hands
 * timestamps back at +00:00, so an API reader saw "2026-12-03T18:09:00Z" for a report the page shows
 * at 12-04 02:09. Written at the county's offset ("2026-12-04T02:09:00+08:00") it is the same instant
 * and the same wall time as the page; a program comparing instants is unaffected.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final String DEFAULT_ZONE = "Asia/Shanghai";

    @Bean
    Clock clock(@Value("${duban.zone:" + DEFAULT_ZONE + "}") ZoneId zone) {
        return Clock.system(zone);
    }

    @Bean
    JsonMapperBuilderCustomizer countyOffsetInJson(CountyTime time) {
        return builder -> builder.addModule(new SimpleModule("county-time").addSerializer(OffsetDateTime.class, new AtCountyOffset(time)));
    }

    /** An OffsetDateTime as ISO-8601 with the county's offset: 2026-12-04T02:09:00+08:00. */
    static final class AtCountyOffset extends StdSerializer<OffsetDateTime> {

        private final CountyTime time;

        AtCountyOffset(CountyTime time) {
            super(OffsetDateTime.class);
            this.time = time;
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.at(value)));
        }
    }
}
