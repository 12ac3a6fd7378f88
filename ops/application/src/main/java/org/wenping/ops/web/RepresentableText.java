package org.wenping.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import org.wenping.kernel.integrity.CanonicalJson;

import java.io.IOException;

/**
 * Reads request text and refuses a lone UTF-16 surrogate ({@code "\ud800"} unpaired): no UTF-8 can hold
 * it, so it would be stored as U+FFFD and could never hash as it was read. Refused at the door, before
 * anything is hashed.
 */
final class RepresentableText extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        int at = text == null ? -1 : CanonicalJson.loneSurrogateAt(text);
        if (at >= 0) throw new UnrepresentableTextException(parser, at);
        return text;
    }
}
