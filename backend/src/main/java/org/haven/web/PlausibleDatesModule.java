package org.haven.web;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import org.haven.shared.PlausibleDates;
import org.springframework.stereotype.Component;

/**
 * Every date in every JSON body (the intake form's included, and any request added later) is
 * read as usual and then refused outside {@link PlausibleDates}: 400 with the field's
 * {@code date-out-of-range} error ({@link ApiExceptionHandler}). Spring Boot adds this module to
 * the application's object mapper.
 */
@Component
class PlausibleDatesModule extends SimpleModule {

    PlausibleDatesModule() {
        super("haven-plausible-dates");
        addDeserializer(LocalDate.class, new PlausibleLocalDateDeserializer());
    }

    private static final class PlausibleLocalDateDeserializer extends LocalDateDeserializer {

        PlausibleLocalDateDeserializer() {
            super(LocalDateDeserializer.INSTANCE, (Boolean) null);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = super.deserialize(parser, context);
            if (date != null && !PlausibleDates.contains(date)) {
                throw new InvalidFormatException(parser, PlausibleDates.MESSAGE, date, LocalDate.class);
            }
            return date;
        }
    }
}
