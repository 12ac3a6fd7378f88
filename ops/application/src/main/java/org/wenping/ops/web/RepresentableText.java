package org.wenping.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;
import java.util.Optional;

/** Reads request text and refuses, at the door and before anything is hashed, text the record does not take ({@link TextFault}). */
final class RepresentableText extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        Optional<TextFault> fault = text == null ? Optional.empty() : TextFault.of(text);
        if (fault.isPresent()) throw new RefusedTextException(parser, fault.get());
        return text;
    }
}
