package org.haven.matching;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.haven.matching.MatchingDtos.ExplanationLine;
import org.springframework.stereotype.Component;

/** A proposal's explanation lines as the JSON text stored with it, and back. */
@Component
class ExplanationJson {

    private static final TypeReference<List<ExplanationLine>> LINES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ExplanationJson(ObjectMapper json) {
        this.json = json;
    }

    String write(List<ExplanationLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An explanation could not be written as JSON", e);
        }
    }

    List<ExplanationLine> read(String text) {
        try {
            return json.readValue(text, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored explanation is not valid JSON", e);
        }
    }
}
