package org.wenping.ops.apidoc;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one shape of every refusal: RFC 9457 problem details with our stable {@code code} and the field at fault. */
final class ProblemSchema {
    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;

    private ProblemSchema() {
    }

    static Schema<?> schema() {
        return new ObjectSchema()
                .description("RFC 9457 问题详情(application/problem+json)")
                .addProperty("type", new StringSchema().format("uri").description("urn:wenping:problem:<code>"))
                .addProperty("title", new StringSchema().description("状态的中文标题"))
                .addProperty("status", new IntegerSchema().description("HTTP 状态码"))
                .addProperty("detail", new StringSchema().description("中文说明"))
                .addProperty("instance", new StringSchema().format("uri").description("请求地址"))
                .addProperty("code", new StringSchema().pattern("^[A-Z0-9_]+$").description("稳定的问题代码"))
                .addProperty("field", new StringSchema().description("出错的字段、请求头或规则"))
                .addProperty("errors", new ArraySchema().description("逐字段的校验错误").items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("code", new StringSchema())
                        .addProperty("message", new StringSchema())))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("VERSION_CONFLICT 时记录的当前版本"))
                .required(List.of("type", "status", "code"));
    }

    static Map<String, Object> example(ProblemCode code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:wenping:problem:" + code.code());
        example.put("status", code.status());
        example.put("code", code.code());
        example.put("detail", code.meaning());
        return example;
    }
}
