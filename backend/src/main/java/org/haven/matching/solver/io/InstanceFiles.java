package org.haven.matching.solver.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes the instance and solution files with a plain Jackson mapper (no Spring):
 * unknown fields are an error, so a misspelt field never silently becomes its default.
 */
public final class InstanceFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private InstanceFiles() {
    }

    public static Instance readInstance(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new InstanceException("Cannot read " + file + ": " + e, e);
        }
        return parseInstance(json);
    }

    public static Instance parseInstance(String json) {
        try {
            Instance instance = MAPPER.readValue(json, Instance.class);
            if (instance == null) {
                throw new InstanceException("The instance is empty (JSON null)");
            }
            return instance;
        } catch (UnrecognizedPropertyException e) {
            throw new InstanceException("Unknown field '" + e.getPropertyName() + "'" + at(e), e);
        } catch (InvalidFormatException e) {
            throw new InstanceException("Invalid value '" + e.getValue() + "'" + at(e)
                    + " (expected " + e.getTargetType().getSimpleName() + ")", e);
        } catch (JsonMappingException e) {
            throw new InstanceException("Invalid instance" + at(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InstanceException("Not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"), e);
        }
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Object value, Path file) throws IOException {
        Files.writeString(file, toJson(value) + System.lineSeparator());
    }

    /** The JSON path of the failure in the instance's own terms, e.g. " at families[0].members[1]". */
    private static String at(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        if (e instanceof UnrecognizedPropertyException) {
            // The last reference is the unknown field itself.
            int cut = path.lastIndexOf('.');
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "" : " at " + path;
    }
}
