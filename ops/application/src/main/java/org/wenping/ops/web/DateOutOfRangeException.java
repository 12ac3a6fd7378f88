package org.wenping.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A date in a request body outside the range the record takes ({@link ExactScalar}). */
final class DateOutOfRangeException extends JsonMappingException {
    DateOutOfRangeException(JsonParser parser) {
        super(parser, "date out of range");
    }
}
