package org.wenping.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Request text the record does not take ({@link TextFault}), refused while the body is read. */
final class RefusedTextException extends JsonMappingException {
    private final TextFault fault;

    RefusedTextException(JsonParser parser, TextFault fault) {
        super(parser, fault.name());
        this.fault = fault;
    }

    TextFault fault() {
        return fault;
    }
}
