package org.wenping.ops.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.wenping.kernel.json.KernelJson;

/** Every message, token and snapshot is readable JSON, written by the kernel's Jackson setup. */
public final class JsonSerializers {
    private JsonSerializers() {
    }

    /** A serializer on a fresh kernel object mapper. */
    public static Serializer kernelJson() {
        return jackson(KernelJson.newObjectMapper());
    }

    public static Serializer jackson(ObjectMapper mapper) {
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
