package org.haven.web;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import org.haven.shared.PlausibleDates;
import org.springframework.stereotype.Component;

/**
 * Every date in every JSON body (the intake form's included, and any request added later) is
 * read as usual and then refused outside {@link PlausibleDates}: 400 with the field's
 * {@code date-out-of-range} error ({@link ApiExceptionHandler}). Spring Boot adds this module to
 * the application's object mapper, after Jackson's own date module, so it takes precedence.
 */
@Component
class PlausibleDatesModule extends SimpleModule {

    PlausibleDatesModule() {
        super("haven-plausible-dates");
        addDeserializer(LocalDate.class, new PlausibleLocalDateDeserializer(LocalDateDeserializer.INSTANCE));
    }

    /** Jackson's own reading (and its per-field settings), then the range check. */
    private static final class PlausibleLocalDateDeserializer extends StdScalarDeserializer<LocalDate>
            implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;

        private final JsonDeserializer<?> reader;

        PlausibleLocalDateDeserializer(JsonDeserializer<?> reader) {
            super(LocalDate.class);
            this.reader = reader;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = reader instanceof ContextualDeserializer settings
                    ? settings.createContextual(context, property) : reader;
            return new PlausibleLocalDateDeserializer(contextual);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = (LocalDate) reader.deserialize(parser, context);
            if (date != null && !PlausibleDates.contains(date)) {
                throw new InvalidFormatException(parser, PlausibleDates.MESSAGE, date, LocalDate.class);
            }
            return date;
        }
    }
}
