package org.wenping.ops.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.List;

/**
 * The API description: title and version from the build ({@code META-INF/build-info.properties}), the overview of
 * {@code apidoc/description.md}, both ways of signing on as security schemes that every operation accepts, then
 * the tables of {@link EndpointTexts}, {@link ProblemResponses} and {@link LifecycleExamples} applied to what
 * springdoc found in the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {
    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    /** What answers without signing on (SecurityConfiguration): the published checkpoint, for outsiders. */
    private static final String PUBLIC = "/checkpoint";
    /**
     * The typed ids a path names ({@code /api/matters/{id}}): strings on the wire. Filter records are flattened into
     * their query parameters ({@code springdoc.default-flat-param-object}), so an id must be declared a simple type
     * or it would be flattened too; OpenApiDocumentIT's validation finds a path variable that is not declared.
     */
    private static final List<Class<?>> RECORD_IDS = List.of(MatterId.class, CaseId.class, ExpertId.class,
            AgencyId.class, AssessmentListId.class, InquiryId.class);

    static {
        for (Class<?> id : RECORD_IDS) {
            SpringDocUtils.getConfig().addSimpleTypesForParameterObject(id).replaceWithClass(id, String.class);
        }
    }

    @Bean
    OpenAPI wenpingApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title(properties == null ? "稳评 Wenping 接口" : properties.get("title"))
                        .version(properties == null ? "开发版" : properties.getVersion())
                        .description(Resources.text("description.md")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("配置的用户(wenping.security.users),用户名与口令"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("统一身份认证服务签发的 JWT(Authorization: Bearer …)")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    /** The published checkpoint asks for no sign-on; then the texts and tags, the answers by rule, the examples. */
    @Bean
    OpenApiCustomizer wenpingApiTables() {
        EndpointTexts texts = EndpointTexts.load();
        ProblemResponses problems = ProblemResponses.load();
        LifecycleExamples examples = LifecycleExamples.load();
        return api -> {
            Endpoint.of(api).stream().filter(endpoint -> endpoint.path().startsWith(PUBLIC))
                    .forEach(endpoint -> endpoint.operation().setSecurity(List.of()));
            texts.applyTo(api);
            problems.applyTo(api);
            examples.applyTo(api);
        };
    }
}
