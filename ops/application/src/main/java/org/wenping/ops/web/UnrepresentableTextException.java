package org.wenping.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Request text holding a lone UTF-16 surrogate, which canonical JSON (and so the hash chain) cannot carry. */
final class UnrepresentableTextException extends JsonMappingException {
    UnrepresentableTextException(JsonParser parser, int index) {
        super(parser, "a lone UTF-16 surrogate at index " + index);
    }
}
